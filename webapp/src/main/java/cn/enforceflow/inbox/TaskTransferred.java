package cn.enforceflow.inbox;

/**
 * A task was transferred (转办) to a colleague, with the reason.
 */
public record TaskTransferred(String taskId, String taskName, String processKey, String businessKey, String from,
		String to, String reason) {

}
