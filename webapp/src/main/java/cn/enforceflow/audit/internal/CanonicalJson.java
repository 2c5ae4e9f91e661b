package cn.enforceflow.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TimeZone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Before and after values as JSON text in one form: keys sorted at every level, no
 * whitespace, dates as ISO text. The same values always give the same text. It is
 * deliberately not the application's mapper, whose settings may change for the API's
 * sake. The hash covers the text as stored, so even a change of this form would change
 * only new entries, never the validity of old ones.
 */
final class CanonicalJson {

	/** What a MySQL {@code text} column holds. */
	static final int MAX_BYTES = 65_535;

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.addModule(new Jdk8Module())
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.defaultTimeZone(TimeZone.getTimeZone("Asia/Shanghai"))
		.build();

	private CanonicalJson() {
	}

	/** The JSON text of the values, or null for null. */
	static String write(String name, Map<String, Object> values) {
		if (values == null) {
			return null;
		}
		String json;
		try {
			json = MAPPER.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("An audit record's " + name + " cannot be written as JSON", ex);
		}
		if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new IllegalArgumentException(
					"An audit record's " + name + " is longer than " + MAX_BYTES + " bytes as JSON");
		}
		return json;
	}

}
