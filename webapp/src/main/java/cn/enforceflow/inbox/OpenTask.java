package cn.enforceflow.inbox;

import java.time.Instant;
import java.util.List;

/**
 * A task waiting for someone: what it is, which case it belongs to, who has it, and its
 * deadline.
 *
 * @param due null when the task has no due date
 */
public record OpenTask(String id, String name, String processKey, String processName, String businessKey,
		String assignee, List<String> candidateGroups, Instant created, DueStatus due) {

	public OpenTask {
		candidateGroups = List.copyOf(candidateGroups);
	}

}
