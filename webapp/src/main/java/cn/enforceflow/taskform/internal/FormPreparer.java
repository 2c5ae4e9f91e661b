package cn.enforceflow.taskform.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.enforceflow.taskform.FieldType;
import cn.enforceflow.taskform.FormField;
import cn.enforceflow.taskform.FormOption;
import cn.enforceflow.taskform.FormRow;
import cn.enforceflow.taskform.RenderedField;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.RenderedRow;
import cn.enforceflow.taskform.TaskForm;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Turns a schema into a {@link RenderedForm} for one user and case on one day: options
 * and rows from their sources (each source asked once), date tokens as dates, and the
 * parameter name, HTML id and JSON path of every field.
 */
final class FormPreparer {

	private final LocalDate today;

	private final Function<String, List<FormOption>> optionSource;

	private final Function<String, List<FormRow>> rowSource;

	private final Map<String, List<FormOption>> options = new HashMap<>();

	/**
	 * @param optionSource the options of a named source for this user and case
	 * @param rowSource the rows of a named source for this user and case
	 */
	FormPreparer(LocalDate today, Function<String, List<FormOption>> optionSource,
			Function<String, List<FormRow>> rowSource) {
		this.today = today;
		this.optionSource = optionSource;
		this.rowSource = rowSource;
	}

	RenderedForm prepare(TaskForm form) {
		return new RenderedForm(form, scope(form, form.fields(), Scope.TOP), Map.of(), List.of());
	}

	private List<RenderedField> scope(TaskForm form, List<FormField> fields, Scope scope) {
		List<RenderedField> rendered = new ArrayList<>();
		for (FormField field : fields) {
			String name = scope.name(field);
			String id = scope.id(field);
			List<RenderedRow> rows = (field.type() == FieldType.ROWS) ? rows(form, field, name, id) : List.of();
			rendered.add(new RenderedField(field, name, id, scope.path(field), scope.row(), when(field, fields, scope),
					bound(field, field.min()), bound(field, field.max()), options(field), rows));
		}
		return rendered;
	}

	private List<RenderedRow> rows(TaskForm form, FormField field, String name, String id) {
		List<FormRow> rows = this.rowSource.apply(field.rowsSource());
		Set<String> keys = new HashSet<>();
		List<RenderedRow> rendered = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			FormRow row = rows.get(i);
			if (!keys.add(row.key())) {
				throw new IllegalStateException("Row source '" + field.rowsSource() + "' lists the key '" + row.key()
						+ "' twice for " + form.key());
			}
			Scope scope = new Scope(name + "[" + row.key() + "].", id + "-" + i + "-", List.of(field.name(), row.key()),
					row);
			rendered.add(new RenderedRow(row, id + "-" + i, scope(form, field.fields(), scope)));
		}
		return rendered;
	}

	private List<FormOption> options(FormField field) {
		if (!field.type().isChoice()) {
			return List.of();
		}
		if (field.source() != null) {
			return this.options.computeIfAbsent(field.source(),
					(source) -> List.copyOf(this.optionSource.apply(source)));
		}
		return field.options()
			.stream()
			.map((choice) -> FormOption.ofMessage(choice.value(), choice.labelKey()))
			.toList();
	}

	private String bound(FormField field, String bound) {
		if (bound == null) {
			return null;
		}
		return (field.type() == FieldType.DATE) ? DateBound.resolve(bound, this.today).toString() : bound;
	}

	private RenderedField.When when(FormField field, List<FormField> siblings, Scope scope) {
		FormField.Condition condition = field.condition();
		if (condition == null) {
			return null;
		}
		FormField sibling = siblings.stream()
			.filter((candidate) -> candidate.name().equals(condition.field()))
			.findFirst()
			.orElseThrow();
		return new RenderedField.When(scope.name(sibling), condition.value(), field.requiredWhen() != null,
				sibling.labelKey(), valueLabel(sibling, condition.value()));
	}

	private MessageSourceResolvable valueLabel(FormField sibling, String value) {
		if (sibling.type() == FieldType.CHECKBOX) {
			return new DefaultMessageSourceResolvable("form.checkbox." + value);
		}
		return options(sibling).stream()
			.filter((option) -> option.value().equals(value))
			.map(FormOption::label)
			.findFirst()
			.orElse(new DefaultMessageSourceResolvable(null, null, value));
	}

	/**
	 * Where fields sit: at the top ({@code reason}) or in a row
	 * ({@code findings[ITEM-1].description}).
	 */
	private record Scope(String namePrefix, String idPrefix, List<String> pathPrefix, FormRow row) {

		static final Scope TOP = new Scope("", "tf-", List.of(), null);

		String name(FormField field) {
			return this.namePrefix + field.name();
		}

		String id(FormField field) {
			return this.idPrefix + field.name();
		}

		List<String> path(FormField field) {
			List<String> path = new ArrayList<>(this.pathPrefix);
			path.add(field.name());
			return path;
		}

	}

}
