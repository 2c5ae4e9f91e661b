package cn.enforceflow;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what the JSON API answers, for the tests: bodies as JSON, problems as their
 * Chinese detail (after checking that they are problem+json), and request bodies written.
 */
public final class ApiAnswers {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ApiAnswers() {
	}

	public static JsonNode json(HttpResponse<String> response) {
		return json(response.body());
	}

	public static JsonNode json(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new AssertionError("not JSON: " + body, ex);
		}
	}

	/** The problem's {@code detail}, once its content type says it is a problem. */
	public static String detail(HttpResponse<String> problem) {
		assertThat(problem.headers().firstValue("Content-Type")).as(problem.body())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return json(problem).get("detail").asText();
	}

	public static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
