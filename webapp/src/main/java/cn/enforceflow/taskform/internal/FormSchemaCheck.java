package cn.enforceflow.taskform.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import cn.enforceflow.taskform.FieldType;
import cn.enforceflow.taskform.FormField;
import cn.enforceflow.taskform.FormField.Choice;
import cn.enforceflow.taskform.FormField.Condition;
import cn.enforceflow.taskform.TaskForm;

import static cn.enforceflow.taskform.FieldType.CHECKBOX;
import static cn.enforceflow.taskform.FieldType.DATE;
import static cn.enforceflow.taskform.FieldType.INTEGER;
import static cn.enforceflow.taskform.FieldType.NUMBER;
import static cn.enforceflow.taskform.FieldType.RADIO;
import static cn.enforceflow.taskform.FieldType.ROWS;
import static cn.enforceflow.taskform.FieldType.SELECT;
import static cn.enforceflow.taskform.FieldType.TEXT;
import static cn.enforceflow.taskform.FieldType.TEXTAREA;
import static cn.enforceflow.taskform.FieldType.USER;

/**
 * The rules a schema must follow beyond being well-formed JSON (see forms/README.md):
 * each property on the types that use it, requiredWhen naming a sibling with a value it
 * can have, rows with a source, every message key in the bundles. Collects every problem
 * rather than stopping at the first.
 */
final class FormSchemaCheck {

	/** Field names become parameter names and JSON members: no dots or brackets. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

	private final Predicate<String> messageExists;

	private final List<String> problems = new ArrayList<>();

	private FormSchemaCheck(Predicate<String> messageExists) {
		this.messageExists = messageExists;
	}

	/** Every problem of a form, each saying where it is; empty for a usable form. */
	static List<String> problems(TaskForm form, Predicate<String> messageExists) {
		FormSchemaCheck check = new FormSchemaCheck(messageExists);
		check.key("the form", "titleKey", form.titleKey(), true);
		check.key("the form", "introKey", form.introKey(), false);
		if (form.fields().isEmpty()) {
			check.problems.add("the form has no fields");
		}
		check.scope(form.fields(), "", false);
		return check.problems;
	}

	private void scope(List<FormField> fields, String prefix, boolean inRow) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < fields.size(); i++) {
			FormField field = fields.get(i);
			String where = (field.name() != null) ? "field '" + prefix + field.name() + "'"
					: "field " + (i + 1) + ((prefix.isEmpty()) ? "" : " of " + prefix);
			if (field.name() == null || !NAME.matcher(field.name()).matches()) {
				problem(where, "name must be letters, digits and _, starting with a letter");
			}
			else if (!names.add(field.name())) {
				problem(where, "the name is used twice");
			}
			if (field.type() == null) {
				problem(where, "no type");
				continue;
			}
			field(field, where, fields, prefix, inRow);
		}
	}

	private void field(FormField field, String where, List<FormField> siblings, String prefix, boolean inRow) {
		FieldType type = field.type();
		key(where, "labelKey", field.labelKey(), true);
		key(where, "helpKey", field.helpKey(), false);
		only(where, type, "maxLength", field.maxLength() != null, TEXT, TEXTAREA);
		only(where, type, "pattern", field.pattern() != null, TEXT);
		only(where, type, "patternKey", field.patternKey() != null, TEXT);
		only(where, type, "min", field.min() != null, NUMBER, INTEGER, DATE);
		only(where, type, "max", field.max() != null, NUMBER, INTEGER, DATE);
		only(where, type, "options", !field.options().isEmpty(), SELECT, RADIO);
		only(where, type, "source", field.source() != null, SELECT, RADIO, USER);
		only(where, type, "rowsSource", field.rowsSource() != null, ROWS);
		only(where, type, "fields", !field.fields().isEmpty(), ROWS);
		text(field, where);
		bounds(field, where);
		choices(field, where);
		condition(field, where, siblings);
		if (type == ROWS) {
			rows(field, where, prefix, inRow);
		}
	}

	private void text(FormField field, String where) {
		if (field.maxLength() != null && field.maxLength() < 1) {
			problem(where, "maxLength must be at least 1");
		}
		if (field.pattern() != null) {
			try {
				Pattern.compile(field.pattern());
			}
			catch (PatternSyntaxException ex) {
				problem(where, "pattern is not a regular expression: " + ex.getDescription());
			}
		}
		else if (field.patternKey() != null) {
			problem(where, "patternKey without a pattern");
		}
		key(where, "patternKey", field.patternKey(), false);
	}

	private void bounds(FormField field, String where) {
		switch (field.type()) {
			case NUMBER, INTEGER -> {
				BigDecimal min = number(where, "min", field.min(), field.type() == INTEGER);
				BigDecimal max = number(where, "max", field.max(), field.type() == INTEGER);
				if (min != null && max != null && min.compareTo(max) > 0) {
					problem(where, "min is greater than max");
				}
			}
			case DATE -> {
				// not &&: both bounds are reported
				boolean valid = date(where, "min", field.min()) & date(where, "max", field.max());
				if (valid && field.min() != null && field.max() != null
						&& DateBound.isRelative(field.min()) == DateBound.isRelative(field.max())) {
					LocalDate anyDay = LocalDate.of(2026, 1, 1);
					if (DateBound.resolve(field.min(), anyDay).isAfter(DateBound.resolve(field.max(), anyDay))) {
						problem(where, "min is after max");
					}
				}
			}
			default -> {
			}
		}
	}

	private BigDecimal number(String where, String property, String value, boolean whole) {
		if (value == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (whole && number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
				problem(where, property + " must be a whole number");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problem(where, property + " must be a number, not '" + value + "'");
			return null;
		}
	}

	private boolean date(String where, String property, String value) {
		if (value != null && !DateBound.isValid(value)) {
			problem(where, property + " must be an ISO date (2026-11-23), today or tomorrow, not '" + value + "'");
			return false;
		}
		return true;
	}

	private void choices(FormField field, String where) {
		FieldType type = field.type();
		if ((type == SELECT || type == RADIO) && field.options().isEmpty() == (field.source() == null)) {
			problem(where, "a " + type.code() + " needs either options or a source");
		}
		if (type == USER && field.source() == null) {
			problem(where, "a user field needs a source");
		}
		if (field.source() != null && !NAME.matcher(field.source()).matches()) {
			problem(where, "source must be a name, not '" + field.source() + "'");
		}
		Set<String> values = new HashSet<>();
		for (Choice choice : field.options()) {
			if (choice.value() == null || choice.value().isBlank()) {
				problem(where, "an option has no value");
			}
			else if (!values.add(choice.value())) {
				problem(where, "option '" + choice.value() + "' is listed twice");
			}
			key(where + ", option '" + choice.value() + "'", "labelKey", choice.labelKey(), true);
		}
	}

	private void condition(FormField field, String where, List<FormField> siblings) {
		Condition when = field.condition();
		if (when == null) {
			return;
		}
		String property = (field.requiredWhen() != null) ? "requiredWhen" : "shownWhen";
		if (field.requiredWhen() != null && field.shownWhen() != null) {
			problem(where, "requiredWhen and shownWhen exclude each other");
		}
		if (when.field() == null || when.value() == null) {
			problem(where, property + " needs a field and the value it equals");
			return;
		}
		if (field.required()) {
			problem(where, "required and " + property + " contradict each other (requiredWhen is both)");
		}
		FormField sibling = siblings.stream().filter((s) -> when.field().equals(s.name())).findFirst().orElse(null);
		if (sibling == null || sibling == field) {
			problem(where, property + " names '" + when.field() + "', which is not another field beside it");
			return;
		}
		if (sibling.condition() != null) {
			problem(where, property + " names '" + when.field() + "', which depends on another answer itself");
		}
		if (sibling.type() == CHECKBOX) {
			if (!"true".equals(when.value()) && !"false".equals(when.value())) {
				problem(where, property + " of a checkbox must equal true or false");
			}
		}
		else if (sibling.type() == SELECT || sibling.type() == RADIO) {
			if (!sibling.options().isEmpty()
					&& sibling.options().stream().noneMatch((choice) -> when.value().equals(choice.value()))) {
				problem(where, property + ": '" + when.value() + "' is not an option of '" + when.field() + "'");
			}
		}
		else {
			problem(where, property + " must name a radio, select or checkbox");
		}
	}

	private void rows(FormField field, String where, String prefix, boolean inRow) {
		if (inRow) {
			problem(where, "rows cannot be nested");
			return;
		}
		if (field.rowsSource() == null) {
			problem(where, "a rows field needs a rowsSource");
		}
		else if (!NAME.matcher(field.rowsSource()).matches()) {
			problem(where, "rowsSource must be a name, not '" + field.rowsSource() + "'");
		}
		if (field.required() || field.condition() != null) {
			problem(where, "a rows field cannot be required or depend on an answer; its fields can");
		}
		if (field.fields().isEmpty()) {
			problem(where, "a rows field needs fields");
		}
		scope(field.fields(), prefix + field.name() + "[].", true);
	}

	private void only(String where, FieldType type, String property, boolean present, FieldType... types) {
		if (present && !EnumSet.of(types[0], types).contains(type)) {
			problem(where, property + " does not apply to a " + type.code() + " field");
		}
	}

	private void key(String where, String property, String key, boolean required) {
		if (key == null || key.isBlank()) {
			if (required) {
				problem(where, "no " + property);
			}
		}
		else if (!this.messageExists.test(key)) {
			problem(where, property + " '" + key + "' is not in the message bundles");
		}
	}

	private void problem(String where, String what) {
		this.problems.add(where + ": " + what);
	}

}
