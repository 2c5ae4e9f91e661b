package cn.enforceflow.inbox;

import java.util.List;

/**
 * The tasks waiting for a person: assigned to them, or offered to one of their groups.
 */
public interface Inbox {

	/** Open tasks of the user, soonest due first (tasks without a due date last). */
	List<OpenTask> openTasks(String username, int limit);

}
