package cn.enforceflow.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import cn.enforceflow.EnforceFlowApplication;
import cn.enforceflow.KeycloakApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code keycloak} profile while Keycloak cannot be reached (no server listens at its
 * address): an API call with a token is our outage, answered 503 with a Chinese problem
 * and Retry-After, not a 500 and not a 401 that would send the caller to sign in again.
 * Needs no Keycloak, so it runs in every suite — in a JVM of its own (see the surefire
 * executions in {@code webapp/pom.xml}): Camunda's registries are JVM-wide, and other
 * tests' consoles would reach this engine, whose identity service fails.
 */
@SpringBootTest(classes = EnforceFlowApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=keycloak-unreachable",
				"spring.datasource.hikari.maximum-pool-size=3" })
@ActiveProfiles(resolver = KeycloakApplication.WithKeycloak.class)
class KeycloakUnreachableTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void keycloakNowhere(DynamicPropertyRegistry registry) throws IOException {
		String nowhere = "http://127.0.0.1:" + closedPort();
		registry.add("ENFORCEFLOW_KEYCLOAK_URL", () -> nowhere);
		registry.add("ENFORCEFLOW_KEYCLOAK_CLIENT_SECRET", () -> "client-secret-of-this-test");
		registry.add("ENFORCEFLOW_KEYCLOAK_IDENTITY_CLIENT_SECRET", () -> "identity-secret-of-this-test");
	}

	@Test
	void aTokenThatCannotBeCheckedIsServiceUnavailable() throws Exception {
		HttpResponse<String> response = get("/api/me", "Bearer " + signedLookingToken(), null);

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("title").asText()).isEqualTo("服务暂不可用");
		assertThat(problem.get("detail").asText()).contains("统一身份认证服务暂时无法访问");
		assertThat(problem.get("code").asText()).isEqualTo("problem.unavailable.keycloak");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
	}

	@Test
	void inEnglishToo() throws Exception {
		HttpResponse<String> response = get("/api/tasks?view=todo", "Bearer " + signedLookingToken(), "en");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(this.json.readTree(response.body()).get("detail").asText())
			.startsWith("Single sign-on cannot be reached");
	}

	@Test
	void aMalformedTokenIsStillUnauthorized() throws Exception {
		HttpResponse<String> response = get("/api/me", "Bearer not-a-token", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(response.body()).get("code").asText()).isEqualTo("problem.unauthorized.bearer");
	}

	@Test
	void noTokenIsUnauthorized() throws Exception {
		HttpResponse<String> response = get("/api/me", null, null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path, String authorization, String language)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json");
		if (language != null) {
			// the language a person chose, remembered in a cookie (the browser's is not
			// asked)
			request.header("Cookie", "ef-lang=" + language);
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * A well-formed RS256 token: checking it needs the realm's keys, which are out of
	 * reach. (Its signature is nonsense; it never gets that far.)
	 */
	private static String signedLookingToken() {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString(
				"{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"realm-key\"}".getBytes(StandardCharsets.UTF_8));
		String claims = base64
			.encodeToString("{\"sub\":\"officer1\",\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8));
		return header + "." + claims + "." + base64.encodeToString(new byte[256]);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
