package cn.enforceflow.inbox;

import java.util.List;

/**
 * 催办: someone who started the case, or a supervisor, urged whoever has an overdue task
 * (or, while nobody has it, its queue).
 */
public record TaskUrged(String taskId, String taskName, String processKey, String businessKey, String from,
		String assignee, List<String> candidateUsers, List<String> candidateGroups, String message) {

	public TaskUrged {
		candidateUsers = List.copyOf(candidateUsers);
		candidateGroups = List.copyOf(candidateGroups);
	}

}
