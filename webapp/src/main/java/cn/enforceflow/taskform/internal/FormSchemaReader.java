package cn.enforceflow.taskform.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.enforceflow.taskform.FormField;
import cn.enforceflow.taskform.TaskForm;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads one schema, {@code forms/<processKey>/<UserTaskId>.json}, strictly: an unknown or
 * repeated property is an error (a typo must not silently drop a rule), and so is
 * anything {@link FormSchemaCheck} finds.
 */
final class FormSchemaReader {

	private static final Pattern LOCATION = Pattern
		.compile("forms/([A-Za-z][A-Za-z0-9_-]*)/([A-Za-z][A-Za-z0-9_-]*)\\.json");

	/** Strict, unlike the application's mapper, which ignores unknown properties. */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final Predicate<String> messageExists;

	/**
	 * @param messageExists whether a message key is in the bundles
	 */
	FormSchemaReader(Predicate<String> messageExists) {
		this.messageExists = messageExists;
	}

	/**
	 * @param location the schema's path from {@code forms/} on, which names its process
	 * and task
	 * @throws InvalidSchemaException naming the location and every problem
	 */
	TaskForm read(String location, byte[] content) {
		var matcher = LOCATION.matcher(location);
		if (!matcher.matches()) {
			throw new InvalidSchemaException(
					List.of(location + ": a schema must be forms/<processKey>/<UserTaskId>.json"));
		}
		Document document;
		try {
			document = JSON.readValue(content, Document.class);
		}
		catch (JsonProcessingException ex) {
			throw new InvalidSchemaException(List.of(location + ": " + describe(ex)));
		}
		catch (IOException ex) {
			throw new InvalidSchemaException(List.of(location + ": unreadable: " + ex.getMessage()));
		}
		if (document == null) {
			throw new InvalidSchemaException(List.of(location + ": the file is empty"));
		}
		TaskForm form = new TaskForm(matcher.group(1), matcher.group(2), document.titleKey(), document.introKey(),
				(document.fields() != null) ? document.fields() : List.of(), location);
		List<String> problems = FormSchemaCheck.problems(form, this.messageExists);
		if (!problems.isEmpty()) {
			throw new InvalidSchemaException(problems.stream().map((problem) -> location + ": " + problem).toList());
		}
		return form;
	}

	/**
	 * Where in the file and what:
	 * {@code fields[1].maxlength: Unrecognized field ... (line 20)}.
	 */
	private static String describe(JsonProcessingException ex) {
		StringBuilder path = new StringBuilder();
		if (ex instanceof JsonMappingException mapping) {
			for (JsonMappingException.Reference reference : mapping.getPath()) {
				if (reference.getFieldName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
		}
		String line = (ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNr() + ")" : "";
		return (path.isEmpty() ? "" : path + ": ") + ex.getOriginalMessage() + line;
	}

	/** The file as written: the task comes from its path. */
	record Document(String titleKey, String introKey, List<FormField> fields) {

	}

}
