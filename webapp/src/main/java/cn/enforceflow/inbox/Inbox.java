package cn.enforceflow.inbox;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * The tasks waiting for a person: assigned to them, or offered to one of their groups.
 */
public interface Inbox {

	/** Open tasks of the user, soonest due first (tasks without a due date last). */
	List<OpenTask> openTasks(UserProfile user, int limit);

}
