package cn.enforceflow.taskform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A task form ready to show ({@code taskform/form.ftlh}): the fields with their options
 * and rows resolved for the user and case, the current values by parameter name, and the
 * errors of the last submission. Immutable; the {@code with...} methods return a copy.
 */
public record RenderedForm(TaskForm form, List<RenderedField> fields, Map<String, String> values,
		List<FieldError> errors) {

	public RenderedForm {
		fields = List.copyOf(fields);
		values = Map.copyOf(values);
		errors = List.copyOf(errors);
	}

	/** The value shown in a field; empty when there is none. */
	public String value(String name) {
		return this.values.getOrDefault(name, "");
	}

	/** Whether a radio option, select option or checkbox is chosen. */
	public boolean chosen(String name, String optionValue) {
		String value = value(name);
		return value.equals(optionValue) || ("true".equals(optionValue) && "on".equals(value));
	}

	public List<FieldError> errorsOf(String name) {
		return this.errors.stream().filter((error) -> error.field().equals(name)).toList();
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Every field, rows first and then their fields row by row, in page order. */
	public List<RenderedField> allFields() {
		return this.fields.stream().flatMap(RenderedForm::withRowFields).toList();
	}

	/** A field by parameter name. */
	public Optional<RenderedField> field(String name) {
		return allFields().stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	/** The errors with the fields they belong to, in page order, for the summary. */
	public List<ErrorLine> errorLines() {
		List<ErrorLine> lines = new ArrayList<>();
		for (RenderedField field : allFields()) {
			errorsOf(field.name()).forEach((error) -> lines.add(new ErrorLine(field, error)));
		}
		return lines;
	}

	/**
	 * The form as submitted by a page, to show it again: the first value of each field of
	 * the form; other parameters (the CSRF token, forged names) are left out.
	 */
	public RenderedForm withSubmitted(Map<String, List<String>> parameters) {
		Map<String, String> submitted = new HashMap<>();
		for (RenderedField field : allFields()) {
			List<String> given = parameters.get(field.name());
			if (given != null && !given.isEmpty() && given.get(0) != null) {
				submitted.put(field.name(), given.get(0));
			}
		}
		return new RenderedForm(this.form, this.fields, submitted, this.errors);
	}

	/** The form with values filled in, by parameter name (dates as ISO dates). */
	public RenderedForm withValues(Map<String, String> values) {
		Map<String, String> merged = new HashMap<>(this.values);
		merged.putAll(values);
		return new RenderedForm(this.form, this.fields, merged, this.errors);
	}

	/** The form with the errors of a rejected submission. */
	public RenderedForm withErrors(InvalidFormException rejected) {
		return new RenderedForm(this.form, this.fields, this.values, rejected.errors());
	}

	private static Stream<RenderedField> withRowFields(RenderedField field) {
		return Stream.concat(Stream.of(field), field.rows().stream().flatMap((row) -> row.fields().stream()));
	}

	/** One line of the error summary: the field (its id, label and row) and the error. */
	public record ErrorLine(RenderedField field, FieldError error) {

	}

}
