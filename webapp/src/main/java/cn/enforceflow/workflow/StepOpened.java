package cn.enforceflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A step of a case was opened for someone: given to its assignee, or offered to its
 * candidates. Published in the engine's transaction as the task is created.
 *
 * @param reopened the step was opened again by 退回, which tells its own story
 */
public record StepOpened(String taskId, String processKey, String taskKey, String name, String businessKey,
		String assignee, List<String> candidateUsers, List<String> candidateGroups, Instant due, boolean reopened) {

	public StepOpened {
		candidateUsers = List.copyOf(candidateUsers);
		candidateGroups = List.copyOf(candidateGroups);
	}

}
