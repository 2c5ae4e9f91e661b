package cn.enforceflow.deadline;

import java.time.Instant;
import java.util.List;

/**
 * A task's deadline comes up: its assignee, or else its candidate groups, should be
 * reminded.
 */
public record DeadlineReminderDue(String processInstanceId, String businessKey, String processKey, String taskId,
		String taskDefinitionKey, String taskName, String assignee, List<String> candidateGroups, Instant due) {

	public DeadlineReminderDue {
		candidateGroups = List.copyOf(candidateGroups);
	}

	public static DeadlineReminderDue of(TaskRef task) {
		return new DeadlineReminderDue(task.processInstanceId(), task.businessKey(), task.processKey(), task.taskId(),
				task.taskDefinitionKey(), task.taskName(), task.assignee(), task.candidateGroups(), task.due());
	}

}
