package cn.enforceflow.taskform.internal;

import java.nio.charset.StandardCharsets;

import cn.enforceflow.taskform.FieldType;
import cn.enforceflow.taskform.TaskForm;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A schema that cannot be used is reported with its file and what is wrong; the
 * application does not start with it.
 */
class FormSchemaReaderTests {

	private static final String LOCATION = "forms/invitation/UserTask_AcceptInvitation.json";

	/** Every key exists except those starting with {@code missing}. */
	private final FormSchemaReader reader = new FormSchemaReader((key) -> !key.startsWith("missing"));

	@Test
	void readsTheTaskFromThePathAndTheFieldsFromTheFile() {
		TaskForm form = read("""
				{"titleKey": "t", "introKey": "i", "fields": [
				  {"name": "decision", "type": "radio", "labelKey": "l", "required": true,
				   "options": [{"value": "ACCEPT", "labelKey": "a"}]}]}
				""");

		assertThat(form.processKey()).isEqualTo("invitation");
		assertThat(form.taskKey()).isEqualTo("UserTask_AcceptInvitation");
		assertThat(form.resource()).isEqualTo(LOCATION);
		assertThat(form.fields()).singleElement().satisfies((field) -> {
			assertThat(field.type()).isEqualTo(FieldType.RADIO);
			assertThat(field.required()).isTrue();
			assertThat(field.options()).extracting((choice) -> choice.value()).containsExactly("ACCEPT");
		});
	}

	@Test
	void rejectsAnUnknownType() {
		problemOf(fields("{\"name\": \"x\", \"type\": \"email\", \"labelKey\": \"l\"}")).contains(LOCATION,
				"fields[0].type", "email", "line 1");
	}

	@Test
	void rejectsAnUnknownPropertySoThatATypoDropsNoRule() {
		problemOf(fields("{\"name\": \"x\", \"type\": \"text\", \"labelKey\": \"l\", \"maxlength\": 5}"))
			.contains(LOCATION, "fields[0].maxlength", "Unrecognized field");
	}

	@Test
	void rejectsARepeatedProperty() {
		problemOf(fields("{\"name\": \"x\", \"name\": \"y\", \"type\": \"text\", \"labelKey\": \"l\"}"))
			.contains(LOCATION, "Duplicate field 'name'");
	}

	@Test
	void rejectsMalformedJson() {
		problemOf("{\"titleKey\": \"t\", \"fields\": [").contains(LOCATION);
	}

	@Test
	void rejectsRequiredWhenNamingAnUnknownField() {
		problemOf(fields("""
				{"name": "reason", "type": "textarea", "labelKey": "l",
				 "requiredWhen": {"field": "decisoin", "equals": "DECLINE"}}
				""")).contains(LOCATION, "field 'reason'", "requiredWhen names 'decisoin'");
	}

	@Test
	void rejectsRequiredWhenWithAValueTheFieldCannotHave() {
		problemOf(
				fields("""
						{"name": "decision", "type": "radio", "labelKey": "l", "options": [{"value": "ACCEPT", "labelKey": "a"}]},
						{"name": "reason", "type": "textarea", "labelKey": "l", "requiredWhen": {"field": "decision", "equals": "DECLNE"}}
						"""))
			.contains("field 'reason'", "'DECLNE' is not an option of 'decision'");
	}

	@Test
	void rejectsRequiredWhenOnAFieldInAnotherScope() {
		problemOf(
				fields("""
						{"name": "decision", "type": "radio", "labelKey": "l", "options": [{"value": "A", "labelKey": "a"}]},
						{"name": "rows", "type": "rows", "labelKey": "l", "rowsSource": "items", "fields": [
						  {"name": "reason", "type": "text", "labelKey": "l", "requiredWhen": {"field": "decision", "equals": "A"}}]}
						"""))
			.contains("field 'rows[].reason'", "requiredWhen names 'decision'");
	}

	@Test
	void rejectsBothConditionsOnOneField() {
		problemOf(fields("""
				{"name": "ok", "type": "checkbox", "labelKey": "l"},
				{"name": "why", "type": "text", "labelKey": "l", "requiredWhen": {"field": "ok", "equals": "false"},
				 "shownWhen": {"field": "ok", "equals": "false"}}
				""")).contains("field 'why': requiredWhen and shownWhen exclude each other");
	}

	@Test
	void rejectsRowsWithoutARowsSource() {
		problemOf(fields("""
				{"name": "findings", "type": "rows", "labelKey": "l",
				 "fields": [{"name": "ok", "type": "checkbox", "labelKey": "l"}]}
				""")).contains(LOCATION, "field 'findings'", "needs a rowsSource");
	}

	@Test
	void rejectsRowsInRows() {
		problemOf(fields("""
				{"name": "a", "type": "rows", "labelKey": "l", "rowsSource": "s", "fields": [
				  {"name": "b", "type": "rows", "labelKey": "l", "rowsSource": "s",
				   "fields": [{"name": "c", "type": "text", "labelKey": "l"}]}]}
				""")).contains("field 'a[].b'", "rows cannot be nested");
	}

	@Test
	void rejectsAMissingLabelKey() {
		problemOf(fields("{\"name\": \"x\", \"type\": \"text\", \"labelKey\": \"missing.label\"}")).contains(LOCATION,
				"labelKey 'missing.label' is not in the message bundles");
		problemOf(fields("{\"name\": \"x\", \"type\": \"text\"}")).contains("field 'x': no labelKey");
	}

	@Test
	void rejectsAMissingOptionLabelOrTitle() {
		problemOf("""
				{"titleKey": "missing.title", "fields": [{"name": "x", "type": "select", "labelKey": "l",
				 "options": [{"value": "A", "labelKey": "missing.option"}]}]}
				""").contains("titleKey 'missing.title'", "option 'A'", "labelKey 'missing.option'");
	}

	@Test
	void rejectsPropertiesOfAnotherType() {
		problemOf(fields("{\"name\": \"x\", \"type\": \"text\", \"labelKey\": \"l\", \"min\": 1, \"source\": \"s\"}"))
			.contains("min does not apply to a text field", "source does not apply to a text field");
	}

	@Test
	void rejectsAChoiceWithoutOptionsOrWithBothOptionsAndSource() {
		problemOf(fields("{\"name\": \"x\", \"type\": \"radio\", \"labelKey\": \"l\"}"))
			.contains("a radio needs either options or a source");
		problemOf(fields("{\"name\": \"x\", \"type\": \"user\", \"labelKey\": \"l\"}")).contains("needs a source");
	}

	@Test
	void rejectsBoundsThatAreNotBounds() {
		problemOf(fields("{\"name\": \"d\", \"type\": \"date\", \"labelKey\": \"l\", \"min\": \"next week\"}"))
			.contains("min must be an ISO date");
		problemOf(fields("{\"name\": \"n\", \"type\": \"integer\", \"labelKey\": \"l\", \"min\": 5, \"max\": 1.5}"))
			.contains("max must be a whole number", "min is greater than max");
		problemOf(fields(
				"{\"name\": \"d\", \"type\": \"date\", \"labelKey\": \"l\", \"min\": \"tomorrow\", \"max\": \"today\"}"))
			.contains("min is after max");
	}

	@Test
	void rejectsAPatternThatDoesNotCompile() {
		problemOf(fields("{\"name\": \"x\", \"type\": \"text\", \"labelKey\": \"l\", \"pattern\": \"[A-Z\"}"))
			.contains("pattern is not a regular expression");
	}

	@Test
	void rejectsDuplicateNamesAndNamesThatBreakParameters() {
		problemOf(fields("""
				{"name": "a", "type": "text", "labelKey": "l"}, {"name": "a", "type": "text", "labelKey": "l"},
				{"name": "b.c", "type": "text", "labelKey": "l"}
				""")).contains("field 'a': the name is used twice", "field 'b.c': name must be");
	}

	@Test
	void rejectsASchemaOutsideProcessAndTaskFolders() {
		InvalidSchemaException ex = catchThrowableOfType(InvalidSchemaException.class,
				() -> this.reader.read("forms/UserTask_X.json", "{}".getBytes(StandardCharsets.UTF_8)));

		assertThat(ex)
			.hasMessageContaining("forms/UserTask_X.json: a schema must be forms/<processKey>/<UserTaskId>.json");
	}

	@Test
	void reportsEveryProblemOfAFile() {
		InvalidSchemaException ex = catchThrowableOfType(InvalidSchemaException.class, () -> read(fields("""
				{"name": "x", "type": "text"}, {"name": "y", "type": "date", "labelKey": "l", "min": "soon"}
				""")));

		assertThat(ex.problems()).hasSize(2).allSatisfy((problem) -> assertThat(problem).startsWith(LOCATION + ": "));
	}

	private TaskForm read(String json) {
		return this.reader.read(LOCATION, json.getBytes(StandardCharsets.UTF_8));
	}

	private AbstractStringAssert<?> problemOf(String json) {
		InvalidSchemaException ex = catchThrowableOfType(InvalidSchemaException.class, () -> read(json));
		assertThat(ex).as("the schema is rejected").isNotNull();
		return assertThat(ex.getMessage());
	}

	private static String fields(String fields) {
		return "{\"titleKey\": \"t\", \"fields\": [" + fields + "]}";
	}

}
