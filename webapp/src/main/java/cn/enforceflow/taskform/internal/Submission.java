package cn.enforceflow.taskform.internal;

import java.util.List;
import java.util.Map;

import cn.enforceflow.taskform.RenderedField;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * What came back for a form, read field by field the same way whether a page posted it or
 * the API received JSON.
 */
interface Submission {

	/** The raw value of a field. */
	Raw value(RenderedField field);

	/**
	 * HTML form parameters by name; the first value counts (a forged second one is
	 * ignored).
	 */
	static Submission of(Map<String, List<String>> parameters) {
		Map<String, List<String>> given = (parameters != null) ? parameters : Map.of();
		return (field) -> {
			List<String> values = given.get(field.name());
			return (values == null || values.isEmpty()) ? Raw.ABSENT : new Raw(values.get(0), true);
		};
	}

	/**
	 * A JSON body, members found along each field's path; a row is a member of the rows
	 * field keyed by row key.
	 */
	static Submission of(JsonNode json) {
		JsonNode body = (json != null) ? json : MissingNode.getInstance();
		return (field) -> {
			JsonNode node = body;
			for (String step : field.path()) {
				node = node.path(step);
			}
			if (node.isMissingNode() || node.isNull()) {
				return Raw.ABSENT;
			}
			return node.isContainerNode() ? Raw.NOT_A_VALUE : new Raw(node.asText(), true);
		};
	}

	/**
	 * A submitted value as text, or {@code scalar == false} for something that cannot be
	 * one (a JSON object where a string belongs).
	 */
	record Raw(String text, boolean scalar) {

		static final Raw ABSENT = new Raw(null, true);

		static final Raw NOT_A_VALUE = new Raw(null, false);

	}

}
