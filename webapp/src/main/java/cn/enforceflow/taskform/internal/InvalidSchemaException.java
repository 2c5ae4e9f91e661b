package cn.enforceflow.taskform.internal;

import java.util.List;

/**
 * Task form schemas that cannot be used, with every problem found and the file it is in;
 * thrown at start-up, so the application does not start with a broken form.
 */
class InvalidSchemaException extends IllegalStateException {

	private final List<String> problems;

	InvalidSchemaException(List<String> problems) {
		super("Invalid task form schema" + ((problems.size() > 1) ? "s" : "") + ":\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Each problem, starting with the schema's path, e.g. {@code forms/invitation/...}.
	 */
	List<String> problems() {
		return this.problems;
	}

}
