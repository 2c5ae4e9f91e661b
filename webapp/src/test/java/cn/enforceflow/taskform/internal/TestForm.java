package cn.enforceflow.taskform.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.taskform.FormOption;
import cn.enforceflow.taskform.FormRow;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.TaskForm;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A schema written in a test, prepared on a fixed day with sources the test gives, and
 * submitted as a page or an API would.
 */
final class TestForm {

	/** A Thursday; tomorrow is a Friday. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 19);

	private final TaskForm form;

	private final Map<String, List<FormOption>> options = new HashMap<>();

	private final Map<String, List<FormRow>> rows = new HashMap<>();

	private TestForm(TaskForm form) {
		this.form = form;
	}

	/** A form of the given fields (JSON, single quotes allowed for readability). */
	static TestForm of(String fieldsJson) {
		String schema = "{\"titleKey\": \"t\", \"fields\": [" + fieldsJson.replace('\'', '"') + "]}";
		return new TestForm(new FormSchemaReader((key) -> true).read("forms/test/UserTask_Test.json",
				schema.getBytes(StandardCharsets.UTF_8)));
	}

	TestForm withOptions(String source, FormOption... options) {
		this.options.put(source, List.of(options));
		return this;
	}

	TestForm withRows(String source, FormRow... rows) {
		this.rows.put(source, List.of(rows));
		return this;
	}

	RenderedForm prepare() {
		return new FormPreparer(TODAY, this::option, this::row).prepare(this.form);
	}

	/** Submits parameters given as name, value, name, value, ... */
	FormValues post(String... nameValues) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (int i = 0; i < nameValues.length; i += 2) {
			parameters.computeIfAbsent(nameValues[i], (name) -> new ArrayList<>()).add(nameValues[i + 1]);
		}
		return new FormValidator().validate(prepare(), Submission.of(parameters));
	}

	/** Submits a JSON body (single quotes allowed). */
	FormValues send(String json) throws Exception {
		return new FormValidator().validate(prepare(),
				Submission.of(new ObjectMapper().readTree(json.replace('\'', '"'))));
	}

	private List<FormOption> option(String source) {
		List<FormOption> found = this.options.get(source);
		if (found == null) {
			throw new IllegalStateException("no option source " + source);
		}
		return found;
	}

	private List<FormRow> row(String source) {
		List<FormRow> found = this.rows.get(source);
		if (found == null) {
			throw new IllegalStateException("no row source " + source);
		}
		return found;
	}

}
