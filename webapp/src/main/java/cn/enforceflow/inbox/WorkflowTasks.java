package cn.enforceflow.inbox;

import java.util.Map;
import java.util.Optional;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.taskform.FormValues;

/**
 * A workflow's part in the inbox: what its task forms need to know of a case, how its
 * tasks are completed from their forms, and what the task page shows of its cases.
 * Implemented as a bean by the capability that owns the workflow; a process without one
 * has no form on the task page.
 */
public interface WorkflowTasks {

	String processKey();

	/** What the form's option and row sources need, e.g. the department of the case. */
	Map<String, Object> formAttributes(String businessKey);

	/**
	 * Completes the task with the form's checked values, as the person: checks the
	 * workflow's own rules, records the step and completes the task through the
	 * workflow's process adapter, in the caller's transaction.
	 */
	void complete(UserProfile user, String taskId, String taskKey, String businessKey, FormValues values);

	/**
	 * A part of the task page about the case: a template and its model (the case, its
	 * documents, the evidence uploaded on this task).
	 */
	default Optional<CasePanel> panel(UserProfile user, String taskId, String taskKey, String businessKey) {
		return Optional.empty();
	}

	/**
	 * What the task page includes about the case.
	 *
	 * @param template the Freemarker template, e.g. {@code invitation/panel}
	 * @param model what the template reads, under the name {@code panel}
	 */
	record CasePanel(String template, Map<String, Object> model) {

		public CasePanel {
			model = Map.copyOf(model);
		}

	}

}
