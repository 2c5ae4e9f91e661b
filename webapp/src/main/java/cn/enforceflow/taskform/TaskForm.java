package cn.enforceflow.taskform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The form of one user task, read from {@code forms/<processKey>/<taskKey>.json}.
 *
 * @param processKey the process definition key, e.g. {@code invitation}
 * @param taskKey the user task's element id, e.g. {@code UserTask_AcceptInvitation}
 * @param resource where the schema was read from, for messages
 */
public record TaskForm(String processKey, String taskKey, String titleKey, String introKey, List<FormField> fields,
		String resource) {

	public TaskForm {
		fields = List.copyOf(fields);
	}

	/** A top-level field, by name. */
	public Optional<FormField> field(String name) {
		return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	/** The names of the option sources the form's fields use. */
	public Set<String> optionSources() {
		return allFields().map(FormField::source)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The names of the row sources the form's rows fields use. */
	public Set<String> rowSources() {
		return allFields().map(FormField::rowsSource)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private Stream<FormField> allFields() {
		return this.fields.stream().flatMap((field) -> Stream.concat(Stream.of(field), field.fields().stream()));
	}

	/** {@code <processKey>/<taskKey>}, as in the schema's path. */
	public String key() {
		return this.processKey + "/" + this.taskKey;
	}

}
