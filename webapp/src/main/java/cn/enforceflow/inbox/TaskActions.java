package cn.enforceflow.inbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.taskform.RenderedForm;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a person may do with an open task besides completing it: claim it from their
 * group's queue, give it back, transfer it to a colleague (转办), send it back to the
 * previous step (退回), and comment. Each action is checked against the person's rights and
 * recorded in the audit trail in the same transaction as the change.
 * <p>
 * A task the person may neither work on nor claim does not exist for them
 * ({@link TaskNotFoundException}); a task someone else took or finished a moment ago is a
 * {@link TaskConflictException}; an action the person may not take is a
 * {@link TaskActionRefusedException}.
 */
public interface TaskActions {

	/** The open task as the person sees it on its page, with what they may do. */
	TaskDetails details(UserProfile user, String taskId);

	void claim(UserProfile user, String taskId);

	void unclaim(UserProfile user, String taskId);

	/**
	 * 转办: to a colleague who may do the task (a member of one of its candidate groups,
	 * certified where the step demands it), with the reason.
	 */
	void transfer(UserProfile user, String taskId, String toUsername, String reason);

	/**
	 * 催办: reminds whoever has an overdue task (or its queue), as the person who started
	 * the case or a supervisor; once a day per task.
	 */
	void urge(UserProfile user, String taskId, String message);

	/**
	 * Whether the person may urge the task now: it is overdue, they may see its case and
	 * started it or supervise, and it is not theirs.
	 */
	boolean mayUrge(UserProfile user, String taskId);

	/**
	 * 退回: cancels the task and opens the previous step again, for whoever did it last,
	 * where the model allows it.
	 */
	void returnToPrevious(UserProfile user, String taskId, String reason);

	void comment(UserProfile user, String taskId, String text);

	/**
	 * The task's form, ready to show to the person, when they may complete the task here.
	 */
	Optional<RenderedForm> form(UserProfile user, String taskId);

	/**
	 * Completes the task with its form as a page posts it: the form is validated again on
	 * the server ({@link cn.enforceflow.taskform.InvalidFormException} with every field
	 * error), then the workflow checks its own rules and records the step. A task nobody
	 * has claimed is claimed by the person first, if they may.
	 */
	Completed complete(UserProfile user, String taskId, Map<String, List<String>> submitted);

	/** The same, with the form's values as a JSON object (the API). */
	Completed complete(UserProfile user, String taskId, JsonNode values);

	/** What the workflow shows of its case on the task's page. */
	Optional<WorkflowTasks.CasePanel> panel(UserProfile user, String taskId);

}
