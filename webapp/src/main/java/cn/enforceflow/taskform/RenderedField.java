package cn.enforceflow.taskform;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A field ready to show: its schema, where it sits in the page and what it may hold
 * today.
 *
 * @param name the parameter name: the field's name, or
 * {@code <rows field>[<row key>].<name>} in a row
 * @param id the HTML id of its control, safe in attributes and CSS selectors
 * @param path the field's name, or the rows field, the row key and the name; the shape of
 * the JSON body
 * @param row the row the field belongs to, or {@code null}
 * @param when the answer the field belongs to ({@link FormField#condition()}), or
 * {@code null}
 * @param min the lowest value accepted (a date's token resolved to an ISO date), or
 * {@code null}
 * @param max the highest value accepted, or {@code null}
 * @param options the options of a select, radio or user field
 * @param rows the rows of a rows field
 */
public record RenderedField(FormField field, String name, String id, List<String> path, FormRow row, When when,
		String min, String max, List<FormOption> options, List<RenderedRow> rows) {

	public RenderedField {
		path = List.copyOf(path);
		options = List.copyOf(options);
		rows = List.copyOf(rows);
	}

	/** The type as schemas write it: {@code text}, {@code radio}, ... */
	public String type() {
		return this.field.type().code();
	}

	public String labelKey() {
		return this.field.labelKey();
	}

	public String helpKey() {
		return this.field.helpKey();
	}

	/** Required whatever else is answered; see {@link #when()} for the others. */
	public boolean required() {
		return this.field.required();
	}

	public int maxLength() {
		return this.field.maxLengthOrDefault();
	}

	/**
	 * The sibling answer a field belongs to, with what the page says about it.
	 *
	 * @param name the sibling's parameter name
	 * @param value the value the sibling must have
	 * @param required whether the field is required then ({@code requiredWhen}) or
	 * optional ({@code shownWhen})
	 * @param labelKey the sibling's label
	 * @param valueLabel the label of that value
	 */
	public record When(String name, String value, boolean required, String labelKey,
			MessageSourceResolvable valueLabel) {

	}

}
