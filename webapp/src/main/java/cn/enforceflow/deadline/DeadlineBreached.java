package cn.enforceflow.deadline;

import java.time.Instant;
import java.util.List;

/**
 * A task passed its deadline and the breach was recorded: the supervisors are to be
 * notified.
 */
public record DeadlineBreached(String processInstanceId, String businessKey, String processKey, String taskId,
		String taskDefinitionKey, String taskName, String assignee, List<String> candidateGroups, Instant due,
		int lateByWorkingDays) {

	public DeadlineBreached {
		candidateGroups = List.copyOf(candidateGroups);
	}

	public static DeadlineBreached of(DeadlineBreach breach) {
		return new DeadlineBreached(breach.processInstanceId(), breach.businessKey(), breach.processKey(),
				breach.taskId(), breach.taskDefinitionKey(), breach.taskName(), breach.assignee(),
				breach.candidateGroups(), breach.dueAt(), breach.lateByWorkingDays());
	}

}
