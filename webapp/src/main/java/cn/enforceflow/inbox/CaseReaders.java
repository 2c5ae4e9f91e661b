package cn.enforceflow.inbox;

import cn.enforceflow.identity.UserProfile;

/**
 * A workflow's own answer to who may see its cases, besides the people who took part in
 * one: e.g. everyone of the department an invitation was sent to. {@link CaseAccess} asks
 * the workflow of the case's process.
 */
public interface CaseReaders {

	String processKey();

	boolean mayRead(UserProfile user, String businessKey);

}
