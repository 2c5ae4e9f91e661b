package cn.enforceflow.deadline;

import java.time.Instant;
import java.util.List;

/**
 * 超期 — a user task that passed its deadline, as recorded for the statistics.
 *
 * @param lateByWorkingDays working days after the due day up to the day of recording
 */
public record DeadlineBreach(String processKey, String processInstanceId, String businessKey, String taskId,
		String taskDefinitionKey, String taskName, String assignee, List<String> candidateGroups, Instant dueAt,
		Instant recordedAt, int lateByWorkingDays) {

	public DeadlineBreach {
		candidateGroups = List.copyOf(candidateGroups);
	}

}
