package cn.enforceflow.workflow;

/**
 * The earlier step a step goes back to on 退回, and who did it last (who gets it again).
 */
public record ReturnTarget(String taskKey, String name, String assignee, String assigneeName) {

}
