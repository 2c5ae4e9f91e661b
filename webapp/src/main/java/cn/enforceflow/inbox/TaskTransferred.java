package cn.enforceflow.inbox;

/**
 * A task was transferred (转办) to a colleague.
 */
public record TaskTransferred(String taskId, String taskName, String processKey, String businessKey, String from,
		String to) {

}
