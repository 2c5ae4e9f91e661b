package cn.enforceflow.inbox;

import java.time.Instant;
import java.util.List;

/**
 * A task waiting for someone: what it is, which case it belongs to, who has it or may
 * take it, and its deadline.
 *
 * @param candidateGroups the groups that may claim it
 * @param due null when the task has no due date
 * @param suspended the case is on hold (挂起): the task can be seen but not worked on
 */
public record OpenTask(String id, String name, String processKey, String processName, String businessKey,
		String assignee, List<String> candidateGroups, Instant created, DueStatus due, boolean suspended) {

	public OpenTask {
		candidateGroups = List.copyOf(candidateGroups);
	}

	public boolean overdue() {
		return this.due != null && this.due.overdue();
	}

}
