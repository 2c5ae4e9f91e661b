package cn.enforceflow.inbox;

import cn.enforceflow.identity.UserProfile;

/**
 * Who may see a case, for every capability that shows something of one (documents,
 * attachments, the timeline): whoever started it, held one of its tasks or belongs to a
 * group that was offered one; besides them, the justice bureau's supervisors and head and
 * the administrators ({@link cn.enforceflow.identity.Authorization#overseesCases}),
 * except for confidential processes (clues), which only their participants see.
 */
public interface CaseAccess {

	/**
	 * Whether the person may see the case of this business key; false when there is none.
	 */
	boolean mayRead(UserProfile user, String businessKey);

	/**
	 * Whether the person started the case, held one of its tasks or belongs to a group
	 * that was offered one: who may add to it (evidence, for one), as against supervisors
	 * and administrators, who may only read it. False when there is no such case.
	 */
	boolean tookPart(UserProfile user, String businessKey);

}
