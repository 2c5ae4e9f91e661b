package cn.enforceflow.taskform.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.taskform.FieldError;
import cn.enforceflow.taskform.FormOption;
import cn.enforceflow.taskform.FormRow;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.taskform.InvalidFormException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The server's check of a submission, rule by rule: whatever is submitted, the answer is
 * typed values or field errors with message keys.
 */
class FormValidatorTests {

	private static final TestForm DECISION = TestForm.of("""
			{'name': 'decision', 'type': 'radio', 'labelKey': 'l', 'required': true,
			 'options': [{'value': 'ACCEPT', 'labelKey': 'a'}, {'value': 'DECLINE', 'labelKey': 'd'}]},
			{'name': 'reason', 'type': 'textarea', 'labelKey': 'l', 'maxLength': 10,
			 'requiredWhen': {'field': 'decision', 'equals': 'DECLINE'}},
			{'name': 'note', 'type': 'text', 'labelKey': 'l'}
			""");

	@Nested
	class Required {

		@Test
		void rejectsAMissingRequiredField() {
			assertThat(errors(() -> DECISION.post())).containsExactly(FieldError.of("decision", "form.error.required"));
		}

		@Test
		void treatsBlankTextAsNoValue() {
			assertThat(errors(() -> DECISION.post("decision", "DECLINE", "reason", "  \r\n ")))
				.containsExactly(FieldError.of("reason", "form.error.required"));
		}

		@Test
		void leavesAnOptionalEmptyFieldWithoutValue() {
			FormValues values = DECISION.post("decision", "ACCEPT", "note", "");

			assertThat(values.has("note")).isFalse();
			assertThat(values.optionalString("note")).isEmpty();
		}

		@Test
		void trimsText() {
			assertThat(DECISION.post("decision", "ACCEPT", "note", "  见附件 ").string("note")).isEqualTo("见附件");
		}

		@Test
		void requiresATickWhenACheckboxIsRequired() {
			TestForm form = TestForm.of("{'name': 'confirmed', 'type': 'checkbox', 'labelKey': 'l', 'required': true}");

			assertThat(errors(() -> form.post())).containsExactly(FieldError.of("confirmed", "form.error.required"));
			assertThat(form.post("confirmed", "true").bool("confirmed")).isTrue();
		}

	}

	@Nested
	class RequiredWhen {

		@Test
		void requiresTheFieldWhenItsAnswerIsGiven() {
			assertThat(errors(() -> DECISION.post("decision", "DECLINE")))
				.containsExactly(FieldError.of("reason", "form.error.required"));
			assertThat(DECISION.post("decision", "DECLINE", "reason", "不在辖区").string("reason")).isEqualTo("不在辖区");
		}

		@Test
		void ignoresTheFieldOtherwiseEvenWhenInvalid() {
			FormValues values = DECISION.post("decision", "ACCEPT", "reason", "far longer than ten characters");

			assertThat(values.has("reason")).isFalse();
			assertThat(values.string("decision")).isEqualTo("ACCEPT");
		}

		@Test
		void followsACheckbox() {
			TestForm form = TestForm
				.of("""
						{'name': 'other', 'type': 'checkbox', 'labelKey': 'l'},
						{'name': 'what', 'type': 'text', 'labelKey': 'l', 'requiredWhen': {'field': 'other', 'equals': 'true'}}
						""");

			assertThat(errors(() -> form.post("other", "on")))
				.containsExactly(FieldError.of("what", "form.error.required"));
			assertThat(form.post().bool("other")).isFalse();
			assertThat(form.post().has("what")).isFalse();
		}

	}

	@Nested
	class ShownWhen {

		private final TestForm form = TestForm
			.of("""
					{'name': 'compliant', 'type': 'radio', 'labelKey': 'l', 'required': true,
					 'options': [{'value': 'true', 'labelKey': 'y'}, {'value': 'false', 'labelKey': 'n'}]},
					{'name': 'suspected', 'type': 'checkbox', 'labelKey': 'l',
					 'shownWhen': {'field': 'compliant', 'equals': 'false'}},
					{'name': 'note', 'type': 'text', 'labelKey': 'l', 'shownWhen': {'field': 'compliant', 'equals': 'false'}}
					""");

		@Test
		void leavesTheFieldOptionalWhenItsAnswerIsGiven() {
			FormValues values = this.form.post("compliant", "false");

			assertThat(values.bool("suspected")).isFalse();
			assertThat(values.has("note")).isFalse();
			assertThat(this.form.post("compliant", "false", "suspected", "true").bool("suspected")).isTrue();
		}

		@Test
		void ignoresTheFieldOtherwise() {
			FormValues values = this.form.post("compliant", "true", "suspected", "true", "note", "x");

			assertThat(values.values()).containsOnlyKeys("compliant");
		}

	}

	@Nested
	class Text {

		private final TestForm form = TestForm.of("""
				{'name': 'code', 'type': 'text', 'labelKey': 'l', 'maxLength': 5,
				 'pattern': '[A-Z]{2}\\\\d+', 'patternKey': 'form.test.code'},
				{'name': 'plain', 'type': 'text', 'labelKey': 'l', 'pattern': '\\\\d+'},
				{'name': 'long', 'type': 'text', 'labelKey': 'l'},
				{'name': 'memo', 'type': 'textarea', 'labelKey': 'l', 'maxLength': 5}
				""");

		@Test
		void rejectsTextLongerThanMaxLength() {
			assertThat(errors(() -> this.form.post("code", "AB1234")))
				.containsExactly(FieldError.of("code", "form.error.maxLength", "5"));
		}

		@Test
		void appliesTheDefaultMaximumWhenTheSchemaHasNone() {
			assertThat(errors(() -> this.form.post("long", "字".repeat(201))))
				.containsExactly(FieldError.of("long", "form.error.maxLength", "200"));
			assertThat(this.form.post("long", "字".repeat(200)).string("long")).hasSize(200);
		}

		@Test
		void countsCharactersAsPeopleDo() {
			// 𠮷 is two UTF-16 units, a browser's CRLF is one line break
			assertThat(this.form.post("memo", "𠮷𠮷\r\n𠮷𠮷").string("memo")).isEqualTo("𠮷𠮷\n𠮷𠮷");
			assertThat(errors(() -> this.form.post("memo", "𠮷𠮷𠮷\r\n𠮷𠮷")))
				.containsExactly(FieldError.of("memo", "form.error.maxLength", "5"));
		}

		@Test
		void rejectsTextThatDoesNotMatchThePatternWithItsMessage() {
			assertThat(errors(() -> this.form.post("code", "ab12", "plain", "12a")))
				.containsExactly(FieldError.of("code", "form.test.code"), FieldError.of("plain", "form.error.pattern"));
			assertThat(this.form.post("code", "AB12").string("code")).isEqualTo("AB12");
		}

		@Test
		void keepsALineOfTextOnOneLine() {
			assertThat(this.form.post("long", "一\n二").string("long")).isEqualTo("一 二");
		}

	}

	@Nested
	class Numbers {

		private final TestForm form = TestForm.of("""
				{'name': 'score', 'type': 'integer', 'labelKey': 'l', 'min': 1, 'max': 5},
				{'name': 'area', 'type': 'number', 'labelKey': 'l', 'min': '0.5', 'max': 1000},
				{'name': 'count', 'type': 'integer', 'labelKey': 'l'}
				""");

		@Test
		void readsNumbers() {
			FormValues values = this.form.post("score", "5", "area", "12.75", "count", "-3");

			assertThat(values.integer("score")).isEqualTo(5);
			assertThat(values.number("area")).isEqualByComparingTo("12.75");
			assertThat(values.integer("count")).isEqualTo(-3);
		}

		@Test
		void rejectsNumbersOutsideTheRange() {
			assertThat(errors(() -> this.form.post("score", "0", "area", "1000.01"))).containsExactly(
					FieldError.of("score", "form.error.min", "1"), FieldError.of("area", "form.error.max", "1000"));
			assertThat(errors(() -> this.form.post("score", "6", "area", "0.4"))).containsExactly(
					FieldError.of("score", "form.error.max", "5"), FieldError.of("area", "form.error.min", "0.5"));
		}

		@Test
		void rejectsMalformedNumbers() {
			assertThat(errors(() -> this.form.post("score", "abc", "area", "1,5", "count", "2.5"))).containsExactly(
					FieldError.of("score", "form.error.integer"), FieldError.of("area", "form.error.number"),
					FieldError.of("count", "form.error.integer"));
		}

		@Test
		void rejectsNumbersNoPersonTypesWithoutFailing() {
			assertThat(errors(() -> this.form.post("count", "1e999999999", "area", "NaN"))).containsExactly(
					FieldError.of("area", "form.error.number"), FieldError.of("count", "form.error.integer"));
			assertThat(errors(() -> this.form.post("count", "9".repeat(41))))
				.containsExactly(FieldError.of("count", "form.error.integer"));
			assertThat(errors(() -> this.form.post("count", "2147483648")))
				.containsExactly(FieldError.of("count", "form.error.integer"));
		}

		@Test
		void acceptsAWholeNumberWrittenWithDecimals() {
			assertThat(this.form.post("count", "3.00").integer("count")).isEqualTo(3);
		}

	}

	@Nested
	class Dates {

		private final TestForm form = TestForm.of("""
				{'name': 'visit', 'type': 'date', 'labelKey': 'l', 'min': 'tomorrow'},
				{'name': 'inspected', 'type': 'date', 'labelKey': 'l', 'max': 'today'},
				{'name': 'fixed', 'type': 'date', 'labelKey': 'l', 'min': '2026-01-01', 'max': '2026-12-31'}
				""");

		@Test
		void readsIsoDates() {
			FormValues values = this.form.post("visit", "2026-11-20", "inspected", "2026-11-19", "fixed", "2026-12-31");

			assertThat(values.date("visit")).isEqualTo(LocalDate.of(2026, 11, 20));
			assertThat(values.date("inspected")).isEqualTo(TestForm.TODAY);
			assertThat(values.date("fixed")).isEqualTo(LocalDate.of(2026, 12, 31));
		}

		@Test
		void resolvesTomorrowAndTodayOnTheDayOfSubmission() {
			assertThat(errors(() -> this.form.post("visit", "2026-11-19", "inspected", "2026-11-20"))).containsExactly(
					FieldError.of("visit", "form.error.date.min", LocalDate.of(2026, 11, 20)),
					FieldError.of("inspected", "form.error.date.max", TestForm.TODAY));
		}

		@Test
		void rejectsDatesOutsideFixedBounds() {
			assertThat(errors(() -> this.form.post("fixed", "2025-12-31")))
				.containsExactly(FieldError.of("fixed", "form.error.date.min", LocalDate.of(2026, 1, 1)));
		}

		@Test
		void rejectsMalformedDates() {
			assertThat(errors(() -> this.form.post("visit", "2026-02-30", "inspected", "19.11.2026", "fixed", "明天")))
				.containsExactly(FieldError.of("visit", "form.error.date"),
						FieldError.of("inspected", "form.error.date"), FieldError.of("fixed", "form.error.date"));
		}

		@Test
		void showsTheResolvedBoundsOnThePage() {
			assertThat(this.form.prepare().fields()).extracting((field) -> field.min() + ".." + field.max())
				.containsExactly("2026-11-20..null", "null..2026-11-19", "2026-01-01..2026-12-31");
		}

	}

	@Nested
	class Options {

		private final TestForm form = TestForm.of("""
				{'name': 'level', 'type': 'select', 'labelKey': 'l',
				 'options': [{'value': 'GENERAL', 'labelKey': 'g'}, {'value': 'MAJOR', 'labelKey': 'm'}]},
				{'name': 'officer', 'type': 'user', 'labelKey': 'l', 'source': 'officers'}
				""").withOptions("officers", FormOption.ofText("officer1", "刘洋"), FormOption.ofText("officer2", "赵磊"));

		@Test
		void acceptsAnOfferedValue() {
			FormValues values = this.form.post("level", "MAJOR", "officer", "officer2");

			assertThat(values.string("level")).isEqualTo("MAJOR");
			assertThat(values.string("officer")).isEqualTo("officer2");
		}

		@Test
		void rejectsAForgedValue() {
			assertThat(errors(() -> this.form.post("level", "CRITICAL", "officer", "officer3"))).containsExactly(
					FieldError.of("level", "form.error.option"), FieldError.of("officer", "form.error.option"));
		}

		@Test
		void comparesValuesExactly() {
			assertThat(errors(() -> this.form.post("level", "major")))
				.containsExactly(FieldError.of("level", "form.error.option"));
		}

		@Test
		void readsTrueAndFalseOptionsAsBooleans() {
			TestForm yesNo = TestForm.of("""
					{'name': 'accepted', 'type': 'radio', 'labelKey': 'l', 'required': true,
					 'options': [{'value': 'true', 'labelKey': 'y'}, {'value': 'false', 'labelKey': 'n'}]}
					""");

			assertThat(yesNo.post("accepted", "false").bool("accepted")).isFalse();
			assertThat(errors(() -> yesNo.post("accepted", "yes")))
				.containsExactly(FieldError.of("accepted", "form.error.option"));
		}

	}

	@Nested
	class Checkboxes {

		private final TestForm form = TestForm.of("{'name': 'suspected', 'type': 'checkbox', 'labelKey': 'l'}");

		@Test
		void isFalseWhenNotSentAndTrueWhenTicked() {
			assertThat(this.form.post().bool("suspected")).isFalse();
			assertThat(this.form.post("suspected", "true").bool("suspected")).isTrue();
			assertThat(this.form.post("suspected", "on").bool("suspected")).isTrue();
		}

		@Test
		void rejectsAnyOtherValue() {
			assertThat(errors(() -> this.form.post("suspected", "yes")))
				.containsExactly(FieldError.of("suspected", "form.error.invalid"));
		}

	}

	@Nested
	class Rows {

		private final TestForm form = TestForm.of("""
				{'name': 'findings', 'type': 'rows', 'labelKey': 'l', 'rowsSource': 'items', 'fields': [
				  {'name': 'compliant', 'type': 'radio', 'labelKey': 'l', 'required': true,
				   'options': [{'value': 'true', 'labelKey': 'y'}, {'value': 'false', 'labelKey': 'n'}]},
				  {'name': 'description', 'type': 'textarea', 'labelKey': 'l', 'maxLength': 20,
				   'requiredWhen': {'field': 'compliant', 'equals': 'false'}},
				  {'name': 'deadline', 'type': 'date', 'labelKey': 'l', 'min': 'tomorrow',
				   'requiredWhen': {'field': 'compliant', 'equals': 'false'}}
				]}
				""").withRows("items", FormRow.of("ITEM-1", "危险化学品储存"), FormRow.of("ITEM-2", "消防设施"));

		@Test
		void namesRowFieldsByRowKey() {
			assertThat(this.form.prepare().allFields()).extracting((field) -> field.name())
				.containsExactly("findings", "findings[ITEM-1].compliant", "findings[ITEM-1].description",
						"findings[ITEM-1].deadline", "findings[ITEM-2].compliant", "findings[ITEM-2].description",
						"findings[ITEM-2].deadline");
		}

		@Test
		void validatesEveryRowOnItsOwn() {
			assertThat(errors(() -> this.form.post("findings[ITEM-1].compliant", "false", "findings[ITEM-1].deadline",
					"2026-11-19")))
				.containsExactly(FieldError.of("findings[ITEM-1].description", "form.error.required"),
						FieldError.of("findings[ITEM-1].deadline", "form.error.date.min", LocalDate.of(2026, 11, 20)),
						FieldError.of("findings[ITEM-2].compliant", "form.error.required"));
		}

		@Test
		void returnsTheRowsByKeyInTheirOrder() {
			FormValues values = this.form.post("findings[ITEM-2].compliant", "true", "findings[ITEM-1].compliant",
					"false", "findings[ITEM-1].description", "灭火器过期", "findings[ITEM-1].deadline", "2026-12-01",
					"findings[ITEM-2].description", "ignored: the item is compliant", "findings[ITEM-9].compliant",
					"false");

			Map<String, FormValues> rows = values.rows("findings");
			assertThat(rows).containsOnlyKeys("ITEM-1", "ITEM-2");
			assertThat(rows.keySet()).containsExactly("ITEM-1", "ITEM-2");
			assertThat(rows.get("ITEM-1").bool("compliant")).isFalse();
			assertThat(rows.get("ITEM-1").string("description")).isEqualTo("灭火器过期");
			assertThat(rows.get("ITEM-1").date("deadline")).isEqualTo(LocalDate.of(2026, 12, 1));
			assertThat(rows.get("ITEM-2").bool("compliant")).isTrue();
			assertThat(rows.get("ITEM-2").has("description")).isFalse();
		}

		@Test
		void readsRowsFromJsonKeyedByRowKey() throws Exception {
			FormValues values = this.form.send("""
					{'findings': {'ITEM-1': {'compliant': false, 'description': '灭火器过期', 'deadline': '2026-12-01'},
					              'ITEM-2': {'compliant': true}}}
					""");

			assertThat(values.rows("findings").get("ITEM-1").string("description")).isEqualTo("灭火器过期");
			assertThat(values.rows("findings").get("ITEM-2").bool("compliant")).isTrue();
		}

		@Test
		void reportsMissingRowsInJson() {
			assertThat(errors(() -> this.form.send("{'findings': [{'key': 'ITEM-1', 'compliant': true}]}")))
				.extracting(FieldError::field)
				.containsExactly("findings[ITEM-1].compliant", "findings[ITEM-2].compliant");
		}

	}

	@Nested
	class Json {

		private final TestForm form = TestForm.of("""
				{'name': 'rated', 'type': 'radio', 'labelKey': 'l', 'required': true,
				 'options': [{'value': 'true', 'labelKey': 'y'}, {'value': 'false', 'labelKey': 'n'}]},
				{'name': 'score', 'type': 'integer', 'labelKey': 'l', 'min': 1, 'max': 5,
				 'requiredWhen': {'field': 'rated', 'equals': 'true'}},
				{'name': 'comment', 'type': 'textarea', 'labelKey': 'l', 'maxLength': 500}
				""");

		@Test
		void readsBooleansNumbersAndStrings() throws Exception {
			FormValues values = this.form.send("{'rated': true, 'score': 4, 'comment': '很专业', 'unknown': 1}");

			assertThat(values.bool("rated")).isTrue();
			assertThat(values.integer("score")).isEqualTo(4);
			assertThat(values.string("comment")).isEqualTo("很专业");
			assertThat(values.values()).containsOnlyKeys("rated", "score", "comment");
		}

		@Test
		void treatsNullAsNoValue() throws Exception {
			assertThat(errors(() -> this.form.send("{'rated': true, 'score': null}")))
				.containsExactly(FieldError.of("score", "form.error.required"));
		}

		@Test
		void rejectsObjectsAndArraysWhereAValueBelongs() {
			assertThat(errors(() -> this.form.send("{'rated': ['true'], 'comment': {'text': 'x'}}"))).containsExactly(
					FieldError.of("rated", "form.error.invalid"), FieldError.of("comment", "form.error.invalid"));
		}

		@Test
		void treatsABodyThatIsNoObjectAsEmpty() {
			assertThat(errors(() -> this.form.send("[1, 2]")))
				.containsExactly(FieldError.of("rated", "form.error.required"));
		}

		@Test
		void rejectsAFractionalScore() {
			assertThat(errors(() -> this.form.send("{'rated': 'true', 'score': 4.5}")))
				.containsExactly(FieldError.of("score", "form.error.integer"));
		}

	}

	@Test
	void takesTheFirstValueOfARepeatedParameter() {
		assertThat(DECISION.post("decision", "ACCEPT", "decision", "FORGED").string("decision")).isEqualTo("ACCEPT");
	}

	@Test
	void reportsEveryErrorAtOnceInFormOrder() {
		InvalidFormException rejected = catchThrowableOfType(InvalidFormException.class,
				() -> DECISION.post("decision", "DECLINE", "reason", "01234567890"));

		assertThat(rejected.messageKey()).isEqualTo("form.invalid");
		assertThat(rejected.arguments()).containsExactly("1");
		assertThat(rejected.status().value()).isEqualTo(400);
		assertThat(rejected.formKey()).isEqualTo("test/UserTask_Test");
		assertThat(rejected.errorsOf("reason")).containsExactly(FieldError.of("reason", "form.error.maxLength", "10"));
	}

	@Test
	void returnsImmutableValues() {
		FormValues values = DECISION.post("decision", "ACCEPT");

		assertThatThrownBy(() -> values.values().put("decision", "DECLINE"))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> values.integer("decision")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("decision");
		assertThatThrownBy(() -> values.string("note")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("absent");
		assertThat(values.optionalDate("note")).isEmpty();
		assertThat(values.rows("note")).isEmpty();
	}

	private static List<FieldError> errors(ThrowingCallable submission) {
		InvalidFormException rejected = catchThrowableOfType(InvalidFormException.class, submission);
		assertThat(rejected).as("the submission is rejected").isNotNull();
		return rejected.errors();
	}

}
