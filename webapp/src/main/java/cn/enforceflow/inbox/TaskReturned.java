package cn.enforceflow.inbox;

/**
 * A task was sent back (退回) to the previous step, which is open again as
 * {@code reopenedTaskId}, assigned to {@code to} (null when it went to its group).
 */
public record TaskReturned(String taskId, String taskName, String processKey, String processInstanceId,
		String businessKey, String from, String reopenedTaskId, String reopenedTaskKey, String to, String reason) {

}
