package cn.enforceflow.taskform;

import java.util.List;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * A submitted task form that breaks its schema: every field error found, in the order of
 * the form. The API answers 400 with the errors; a page shows the form again with them.
 */
public class InvalidFormException extends BusinessRuleException {

	private final String formKey;

	private final transient List<FieldError> errors;

	public InvalidFormException(TaskForm form, List<FieldError> errors) {
		super("form.invalid", String.valueOf(errors.size()));
		this.formKey = form.key();
		this.errors = List.copyOf(errors);
	}

	/** {@code <processKey>/<taskKey>} of the form. */
	public String formKey() {
		return this.formKey;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** The errors of one field, by parameter name. */
	public List<FieldError> errorsOf(String field) {
		return this.errors.stream().filter((error) -> error.field().equals(field)).toList();
	}

	@Override
	public String getMessage() {
		return "Invalid form " + this.formKey + ": " + this.errors;
	}

}
