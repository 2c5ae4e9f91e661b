package cn.enforceflow.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import cn.enforceflow.KeycloakApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API with real Keycloak access tokens: who the token names, with the roles and
 * organisation its groups give; refused without a token, with a token meant for another
 * client, with a forged one, and with a local password. The OpenAPI document answers the
 * same tokens and declares them.
 */
class KeycloakApiTests extends KeycloakApplication {

	@Autowired
	ObjectMapper json;

	@Autowired
	Users users;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOfficersTokenCarriesTheirRoleDepartmentAndCertificate() throws Exception {
		HttpResponse<String> response = get("/api/me", keycloak().accessToken("officer1", "demo"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = this.json.readTree(response.body());
		assertThat(me.get("username").asText()).isEqualTo("officer1");
		assertThat(me.get("displayName").asText()).isEqualTo("刘洋");
		assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("OFFICER");
		assertThat(me.get("department").asText()).isEqualTo("应急管理局");
		assertThat(me.get("certificate").get("number").asText()).isEqualTo("32080020260001");
		// the realm imported by the tests dates the demo's certificates from today, as
		// the embedded demo does
		assertThat(java.time.LocalDate.parse(me.get("certificate").get("validUntil").asText()))
			.isEqualTo(cn.enforceflow.TestClock.today().plusYears(2));
	}

	@Test
	void everyDemoUserOfTheRealmHasTheRoleAndOrganisationOfTheLocalOne() throws Exception {
		String[][] expected = { { "enterprise1", "ENTERPRISE", "91320804746832153E" },
				{ "enterprise2", "ENTERPRISE", "91320812MA1MQ7R28A" }, { "dispatcher2", "DISPATCHER", "YJJ" },
				{ "officer3", "OFFICER", "SJJ" }, { "legal1", "LEGAL_REVIEWER", "YJJ" },
				{ "head1", "DEPT_HEAD", "YJJ" }, { "supervisor2", "SUPERVISOR", "SFJ" },
				{ "bureauhead1", "BUREAU_HEAD", "SFJ" }, { "inspector1", "DISCIPLINE_INSPECTOR", "JWJ" },
				{ "admin", "ADMIN", "" } };
		for (String[] user : expected) {
			JsonNode me = this.json.readTree(get("/api/me", keycloak().accessToken(user[0], "demo")).body());
			assertThat(me.get("roles")).as(user[0]).extracting(JsonNode::asText).containsExactly(user[1]);
			String organisation = me.has("enterpriseCreditCode") ? me.get("enterpriseCreditCode").asText()
					: me.has("departmentCode") ? me.get("departmentCode").asText() : "";
			assertThat(organisation).as(user[0]).isEqualTo(user[2]);
			// the same person as the rest of the application knows them
			UserProfile profile = this.users.profile(user[0]).orElseThrow();
			assertThat(profile.roles()).as(user[0]).containsExactly(Role.valueOf(user[1]));
			assertThat(profile.displayName()).as(user[0]).isEqualTo(me.get("displayName").asText());
		}
	}

	@Test
	void theSameRulesRefuseWhatTheRoleDoesNotReach() throws Exception {
		String officer = keycloak().accessToken("officer1", "demo");
		String admin = keycloak().accessToken("admin", "demo");

		HttpResponse<String> refused = get("/api/audit/verify", officer);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(refused.body()).get("detail").asText()).isEqualTo("您无权执行此操作。");
		assertThat(get("/engine-rest/engine", officer).statusCode()).isEqualTo(403);

		assertThat(get("/api/audit/verify", admin).statusCode()).isEqualTo(200);
		assertThat(get("/engine-rest/engine", admin).statusCode()).isEqualTo(200);
	}

	@Test
	void aTokenForAnotherClientIsRefused() throws Exception {
		// the engine plugin's service account: a real token of the realm, but not meant
		// for us
		HttpResponse<String> response = get("/api/me", keycloak().serviceAccountToken());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		assertThat(this.json.readTree(response.body()).get("detail").asText()).contains("访问令牌");
	}

	@Test
	void aForgedOrMissingTokenIsRefused() {
		String token = keycloak().accessToken("enterprise1", "demo");
		String[] parts = token.split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("ENT.91320804746832153E",
				"ENT.91320812MA1MQ7R28A");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
				+ parts[2];

		assertThat(get("/api/me", forged).statusCode()).isEqualTo(401);
		assertThat(get("/api/me", null).statusCode()).isEqualTo(401);
	}

	@Test
	void theApiDocumentationAnswersAnAccessTokenAndDeclaresBearerTokensOnly() throws Exception {
		String token = keycloak().accessToken("enterprise1", "demo");

		HttpResponse<String> response = get("/v3/api-docs", token);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode docs = this.json.readTree(response.body());
		assertThat(docs.get("paths").has("/api/me")).isTrue();
		JsonNode schemes = docs.get("components").get("securitySchemes");
		assertThat(schemes.properties()).extracting(Map.Entry::getKey).containsExactly("bearer");
		assertThat(schemes.get("bearer").get("type").asText()).isEqualTo("http");
		assertThat(schemes.get("bearer").get("scheme").asText()).isEqualTo("bearer");
		assertThat(schemes.get("bearer").get("bearerFormat").asText()).isEqualTo("JWT");
		assertThat(docs.get("security")).singleElement()
			.satisfies((requirement) -> assertThat(requirement.has("bearer")).isTrue());
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> yaml = get("/v3/api-docs.yaml", token, "*/*");
		assertThat(yaml.statusCode()).isEqualTo(200);
		assertThat(yaml.body()).startsWith("openapi: ").contains("scheme: bearer");
		assertThat(get("/v3/api-docs/swagger-config", token).statusCode()).isEqualTo(200);
	}

	@Test
	void theApiDocumentationRefusesNoTokenAForeignTokenAndALocalPasswordWithAProblem() throws Exception {
		for (String token : new String[] { null, keycloak().serviceAccountToken() }) {
			HttpResponse<String> response = get("/v3/api-docs", token);

			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Location")).isEmpty();
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
			assertThat(this.json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
		}
		assertThat(new SignedInClient(this.port).api("/v3/api-docs", "officer1", "demo").statusCode()).isEqualTo(401);
	}

	@Test
	void localPasswordsOpenNothing() {
		SignedInClient client = new SignedInClient(this.port);

		assertThat(client.api("/api/me", "officer1", "demo").statusCode()).isEqualTo(401);
		assertThat(client.api("/engine-rest/engine", "admin", "demo").statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path, String token) {
		return get(path, token, "application/json");
	}

	private HttpResponse<String> get(String path, String token, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return this.http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
