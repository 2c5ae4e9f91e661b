package cn.enforceflow.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An open user task whose deadline comes up, as the engine knows it.
 *
 * @param processKey e.g. {@code invitation}
 * @param processInstanceId the engine's instance id
 * @param businessKey the tracking number
 * @param taskId the engine's task id
 * @param taskDefinitionKey the task's element id, e.g. {@code UserTask_AcceptInvitation}
 * @param taskName the task's name in the model
 * @param assignee the user who has the task, or null
 * @param candidateGroups the groups that may claim it
 * @param due the task's due date, or null when it has none
 */
public record TaskRef(String processKey, String processInstanceId, String businessKey, String taskId,
		String taskDefinitionKey, String taskName, String assignee, List<String> candidateGroups, Instant due) {

	public TaskRef {
		Objects.requireNonNull(processKey, "processKey");
		Objects.requireNonNull(processInstanceId, "processInstanceId");
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(taskDefinitionKey, "taskDefinitionKey");
		candidateGroups = (candidateGroups != null) ? List.copyOf(candidateGroups) : List.of();
	}

}
