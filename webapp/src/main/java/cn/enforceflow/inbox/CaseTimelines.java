package cn.enforceflow.inbox;

import cn.enforceflow.identity.UserProfile;

/**
 * Where a case stands and how it got there, for the people who take part in it and for
 * those who supervise the work. A case nobody let this person see does not exist for them
 * ({@link CaseNotFoundException}).
 */
public interface CaseTimelines {

	/** The case of this business key (its tracking number). */
	CaseTimeline timeline(UserProfile user, String businessKey);

	/** The case's process model as BPMN 2.0 XML, for the diagram. */
	byte[] diagram(UserProfile user, String businessKey);

}
