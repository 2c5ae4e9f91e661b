package cn.enforceflow.taskform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.enforceflow.taskform.FieldError;
import cn.enforceflow.taskform.FieldType;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.taskform.InvalidFormException;
import cn.enforceflow.taskform.RenderedField;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.RenderedRow;
import cn.enforceflow.taskform.internal.Submission.Raw;

/**
 * Checks a submission against a prepared form and turns it into typed values, or collects
 * every error. Whatever is submitted, the outcome is values or an
 * {@link InvalidFormException}, never another exception.
 */
final class FormValidator {

	/** Longer is no number a person types; BigDecimal need not parse it. */
	private static final int MAX_NUMBER_LENGTH = 40;

	private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

	private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

	/**
	 * @throws InvalidFormException with every field error, in the order of the form
	 */
	FormValues validate(RenderedForm form, Submission submission) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Object> values = scope(form.fields(), submission, errors);
		if (!errors.isEmpty()) {
			throw new InvalidFormException(form.form(), errors);
		}
		return new FormValues(values);
	}

	private Map<String, Object> scope(List<RenderedField> fields, Submission submission, List<FieldError> errors) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (RenderedField field : fields) {
			if (field.field().type() == FieldType.ROWS) {
				Map<String, FormValues> rows = new LinkedHashMap<>();
				for (RenderedRow row : field.rows()) {
					rows.put(row.row().key(), new FormValues(scope(row.fields(), submission, errors)));
				}
				values.put(field.field().name(), rows);
			}
			else if (applies(field, fields, submission)) {
				try {
					Object value = value(field, submission.value(field));
					if (value != null) {
						values.put(field.field().name(), value);
					}
				}
				catch (Rejected rejected) {
					errors.add(new FieldError(field.name(), rejected.code, rejected.arguments));
				}
			}
		}
		return values;
	}

	/**
	 * Whether the answer a field belongs to was given; fields without one always apply.
	 */
	private static boolean applies(RenderedField field, List<RenderedField> siblings, Submission submission) {
		if (field.when() == null) {
			return true;
		}
		RenderedField sibling = siblings.stream()
			.filter((candidate) -> candidate.name().equals(field.when().name()))
			.findFirst()
			.orElseThrow();
		Raw raw = submission.value(sibling);
		if (!raw.scalar()) {
			return false;
		}
		String answer = (raw.text() != null) ? raw.text().strip() : "";
		if (sibling.field().type() == FieldType.CHECKBOX) {
			answer = String.valueOf(ticked(answer));
		}
		return field.when().value().equals(answer);
	}

	private static Object value(RenderedField field, Raw raw) throws Rejected {
		if (!raw.scalar()) {
			throw new Rejected("form.error.invalid");
		}
		if (field.field().type() == FieldType.CHECKBOX) {
			return checkbox(field, (raw.text() != null) ? raw.text().strip() : "");
		}
		String text = normalized(raw.text());
		if (text == null) {
			if (required(field)) {
				throw new Rejected("form.error.required");
			}
			return null;
		}
		return switch (field.field().type()) {
			case TEXT -> text(field, text.replace('\n', ' '));
			case TEXTAREA -> length(field, text);
			case NUMBER -> number(field, text);
			case INTEGER -> integer(field, text);
			case DATE -> date(field, text);
			case SELECT, RADIO, USER -> choice(field, text);
			default -> throw new IllegalStateException("not a field with a value: " + field.name());
		};
	}

	private static boolean required(RenderedField field) {
		return field.required() || (field.when() != null && field.when().required());
	}

	/**
	 * Trimmed, with the line breaks browsers send (CRLF) as one character each, so that
	 * the length counts what the user sees; {@code null} when nothing is left.
	 */
	private static String normalized(String text) {
		if (text == null) {
			return null;
		}
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		return normalized.isEmpty() ? null : normalized;
	}

	private static String text(RenderedField field, String text) throws Rejected {
		length(field, text);
		String pattern = field.field().pattern();
		if (pattern != null && !Pattern.compile(pattern).matcher(text).matches()) {
			String key = field.field().patternKey();
			throw new Rejected((key != null) ? key : "form.error.pattern");
		}
		return text;
	}

	/** Counted in characters as people count them (𠮷 is one, not two). */
	private static String length(RenderedField field, String text) throws Rejected {
		if (text.codePointCount(0, text.length()) > field.maxLength()) {
			throw new Rejected("form.error.maxLength", String.valueOf(field.maxLength()));
		}
		return text;
	}

	private static BigDecimal number(RenderedField field, String text) throws Rejected {
		BigDecimal number = decimal(text, "form.error.number");
		range(field, number);
		return (number.scale() < 0) ? number.setScale(0) : number;
	}

	private static Integer integer(RenderedField field, String text) throws Rejected {
		BigDecimal number = decimal(text, "form.error.integer");
		if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
			throw new Rejected("form.error.integer");
		}
		range(field, number);
		if (number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
			throw new Rejected("form.error.integer");
		}
		return number.intValueExact();
	}

	private static BigDecimal decimal(String text, String malformed) throws Rejected {
		if (text.length() > MAX_NUMBER_LENGTH) {
			throw new Rejected(malformed);
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new Rejected(malformed);
		}
	}

	private static void range(RenderedField field, BigDecimal number) throws Rejected {
		if (field.min() != null && number.compareTo(new BigDecimal(field.min())) < 0) {
			throw new Rejected("form.error.min", field.min());
		}
		if (field.max() != null && number.compareTo(new BigDecimal(field.max())) > 0) {
			throw new Rejected("form.error.max", field.max());
		}
	}

	private static LocalDate date(RenderedField field, String text) throws Rejected {
		LocalDate day;
		try {
			day = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new Rejected("form.error.date");
		}
		if (field.min() != null && day.isBefore(LocalDate.parse(field.min()))) {
			throw new Rejected("form.error.date.min", LocalDate.parse(field.min()));
		}
		if (field.max() != null && day.isAfter(LocalDate.parse(field.max()))) {
			throw new Rejected("form.error.date.max", LocalDate.parse(field.max()));
		}
		return day;
	}

	private static String choice(RenderedField field, String value) throws Rejected {
		if (field.options().stream().noneMatch((option) -> option.value().equals(value))) {
			throw new Rejected("form.error.option");
		}
		return value;
	}

	private static Boolean checkbox(RenderedField field, String text) throws Rejected {
		Boolean ticked = ticked(text);
		if (ticked == null) {
			throw new Rejected("form.error.invalid");
		}
		if (!ticked && required(field)) {
			throw new Rejected("form.error.required");
		}
		return ticked;
	}

	/**
	 * A checkbox's value: browsers send {@code on} or the value attribute ({@code true}),
	 * or nothing when it is not ticked; {@code null} for anything else.
	 */
	private static Boolean ticked(String text) {
		return switch (text) {
			case "true", "on" -> Boolean.TRUE;
			case "false", "" -> Boolean.FALSE;
			default -> null;
		};
	}

	/** A field's error; no stack trace, as it is an answer and not a failure. */
	private static final class Rejected extends Exception {

		private final String code;

		private final List<Object> arguments;

		Rejected(String code, Object... arguments) {
			super(code, null, false, false);
			this.code = code;
			this.arguments = List.of(arguments);
		}

	}

}
