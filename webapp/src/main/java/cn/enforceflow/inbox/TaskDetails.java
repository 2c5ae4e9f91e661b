package cn.enforceflow.inbox;

import cn.enforceflow.workflow.StepAccess;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An open task as the person looking at it may work on it.
 *
 * @param assigneeName the display name of who has the task; null while nobody has
 * @param documentation what the step is for, from the model
 * @param allowed the actions this person may take now
 * @param transferTo the colleagues the task may be transferred to
 * @param returnTo the step the task would go back to, where the model allows it
 * @param access whether this person may work on the task, and if not, why
 */
public record TaskDetails(OpenTask task, String assigneeName, String processInstanceId, String processDefinitionId,
		String taskKey, String documentation, Set<TaskAction> allowed, List<Colleague> transferTo,
		Optional<ReturnTarget> returnTo, StepAccess access) {

	public TaskDetails {
		allowed = Set.copyOf(allowed);
		transferTo = List.copyOf(transferTo);
	}

	public boolean may(TaskAction action) {
		return this.allowed.contains(action);
	}

	/** The same, for pages: {@code details.may("CLAIM")}. */
	public boolean may(String action) {
		return may(TaskAction.valueOf(action));
	}

	/** What can be done with a task. */
	public enum TaskAction {

		CLAIM, UNCLAIM, TRANSFER, RETURN, COMMENT, COMPLETE,

		/**
		 * 催办: remind whoever has an overdue task, as the case's starter or a supervisor.
		 */
		URGE

	}

	/** A person a task can go to. */
	public record Colleague(String username, String displayName) {

	}

	/**
	 * The step a task goes back to on 退回, and who did it last.
	 */
	public record ReturnTarget(String taskKey, String name, String assignee, String assigneeName) {

	}

}
