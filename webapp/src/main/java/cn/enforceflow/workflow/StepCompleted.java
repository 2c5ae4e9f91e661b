package cn.enforceflow.workflow;

/**
 * A person completed a step, in the transaction that completed it: what was uploaded on
 * the task goes with the step now.
 */
public record StepCompleted(String taskId, String processKey, String taskKey, String businessKey, String username) {

}
