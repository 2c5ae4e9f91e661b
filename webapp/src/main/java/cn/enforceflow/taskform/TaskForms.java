package cn.enforceflow.taskform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The task forms of every process, loaded from {@code classpath*:forms/**&#47;*.json} at
 * start-up: shows a task's form and checks what comes back.
 * <p>
 * Both {@code validate} methods resolve the options and rows again for the context, so a
 * value that was not offered is rejected, and apply the same rules: unknown fields are
 * ignored, text is trimmed (an empty field has no value), a field with
 * {@code requiredWhen} or {@code shownWhen} counts only when its answer is given.
 */
public interface TaskForms {

	/** The form of a user task, if its process has one. */
	Optional<TaskForm> formOf(String processKey, String taskKey);

	/** Every loaded form, by process and task. */
	List<TaskForm> forms();

	/**
	 * The form ready to show, without values.
	 * @throws IllegalStateException if the form names an option or row source that no
	 * bean provides
	 */
	RenderedForm prepare(TaskForm form, FormContext context);

	/**
	 * Validates a page's post: parameters by name, the first value of each counting; a
	 * checkbox that is not sent is not ticked.
	 * @throws InvalidFormException with every field error
	 */
	FormValues validate(TaskForm form, FormContext context, Map<String, List<String>> submitted);

	/**
	 * Validates an API body: a JSON object with a member per field (strings, numbers or
	 * booleans; {@code null} is no value), and per rows field an object keyed by row key
	 * whose members are the row's fields, e.g. {@code {"findings": {"ITEM-1":
	 * {"compliant": false, "description": "..."}}}}.
	 * @throws InvalidFormException with every field error
	 */
	FormValues validate(TaskForm form, FormContext context, JsonNode json);

}
