package cn.enforceflow.inbox;

import java.util.Map;
import java.util.Optional;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.workflow.OpenStep;

/**
 * A workflow's part in the inbox: what its task forms need to know of a case, how its
 * tasks are completed from their forms, and what the task page shows of its cases.
 * Implemented as a bean by the capability that owns the workflow; a process without one
 * has no form on the task page.
 */
public interface WorkflowTasks {

	String processKey();

	/**
	 * What the form's option and row sources need, e.g. the department of the case, and
	 * the item of a step repeated per item.
	 */
	Map<String, Object> formAttributes(OpenStep step);

	/**
	 * Completes the step with the form's checked values, as the person: checks the
	 * workflow's own rules, records the step and completes it through the workflow's
	 * process adapter, in the caller's transaction.
	 */
	Completed complete(UserProfile user, OpenStep step, FormValues values);

	/**
	 * A part of the task page about the case: a template and its model (the case, its
	 * documents, the evidence uploaded on this task).
	 */
	default Optional<CasePanel> panel(UserProfile user, OpenStep step) {
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
