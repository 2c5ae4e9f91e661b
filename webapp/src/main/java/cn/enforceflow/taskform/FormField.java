package cn.enforceflow.taskform;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One field of a task form, exactly as the schema writes it (see forms/README.md). Which
 * properties a type may use is checked when the schemas are loaded; unused ones are
 * {@code null} or empty.
 *
 * @param name the parameter name, unique among its siblings
 * @param requiredWhen the answer of a sibling this field belongs to: required when it is
 * given, ignored (neither validated nor returned) otherwise
 * @param shownWhen like {@code requiredWhen}, but optional when the answer is given (a
 * checkbox that only matters for a hazard)
 * @param maxLength text and textarea; defaults to {@link #DEFAULT_TEXT_LENGTH} and
 * {@link #DEFAULT_TEXTAREA_LENGTH}
 * @param pattern text: a Java regular expression the whole value must match
 * @param patternKey text: the message shown when the pattern does not match
 * @param min number and integer: a number; date: an ISO date, {@code today} or
 * {@code tomorrow}
 * @param max like {@code min}
 * @param options select and radio: a fixed list (or a {@code source})
 * @param source select, radio and user: the name of a {@link FormOptionSource}
 * @param rowsSource rows: the name of a {@link FormRowSource}
 * @param fields rows: the fields of each row
 */
public record FormField(String name, FieldType type, String labelKey, String helpKey, boolean required,
		Condition requiredWhen, Condition shownWhen, Integer maxLength, String pattern, String patternKey, String min,
		String max, List<Choice> options, String source, String rowsSource, List<FormField> fields) {

	/** What a line of text may hold when the schema says nothing. */
	public static final int DEFAULT_TEXT_LENGTH = 200;

	/** What a textarea may hold when the schema says nothing. */
	public static final int DEFAULT_TEXTAREA_LENGTH = 2000;

	public FormField {
		options = (options != null) ? List.copyOf(options) : List.of();
		fields = (fields != null) ? List.copyOf(fields) : List.of();
	}

	/** The longest text accepted, in characters. */
	public int maxLengthOrDefault() {
		if (this.maxLength != null) {
			return this.maxLength;
		}
		return (this.type == FieldType.TEXTAREA) ? DEFAULT_TEXTAREA_LENGTH : DEFAULT_TEXT_LENGTH;
	}

	/**
	 * The answer the field belongs to ({@code requiredWhen} or {@code shownWhen}), if
	 * any.
	 */
	public Condition condition() {
		return (this.requiredWhen != null) ? this.requiredWhen : this.shownWhen;
	}

	/** A field of a row, by name. */
	public Optional<FormField> field(String name) {
		return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	/**
	 * {@code {"field": "decision", "equals": "ACCEPT"}}: the sibling {@code field} has
	 * the value {@code equals} (a checkbox has {@code true} or {@code false}).
	 */
	public record Condition(String field, @JsonProperty("equals") String value) {

	}

	/** A fixed option: the value submitted and the message key of its label. */
	public record Choice(String value, String labelKey) {

	}

}
