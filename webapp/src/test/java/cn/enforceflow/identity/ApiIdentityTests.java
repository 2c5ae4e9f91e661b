package cn.enforceflow.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class ApiIdentityTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void meReturnsOfficerWithRoleAndDepartment() throws Exception {
		HttpResponse<String> response = client().api("/api/me", "officer1", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = this.json.readTree(response.body());
		assertThat(me.get("username").asText()).isEqualTo("officer1");
		assertThat(me.get("displayName").asText()).isEqualTo("刘洋");
		assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("OFFICER");
		assertThat(me.get("department").asText()).isEqualTo("应急管理局");
		assertThat(me.get("departmentCode").asText()).isEqualTo("YJJ");
		// the demo's certificates are valid two years from the day it was seeded
		assertThat(java.time.LocalDate.parse(me.get("certificate").get("validUntil").asText()))
			.isAfter(TestClock.today().plusYears(1))
			.isBefore(TestClock.today().plusYears(2).plusDays(2));
		assertThat(me.has("enterprise")).isFalse();
	}

	@Test
	void meReturnsTheEnterpriseOfAnEnterpriseUser() throws Exception {
		JsonNode one = this.json.readTree(client().api("/api/me", "enterprise1", "demo").body());
		JsonNode two = this.json.readTree(client().api("/api/me", "enterprise2", "demo").body());

		assertThat(one.get("roles")).extracting(JsonNode::asText).containsExactly("ENTERPRISE");
		assertThat(one.get("enterprise").asText()).isEqualTo("淮安市恒达化工有限公司");
		assertThat(one.get("enterpriseCreditCode").asText()).isEqualTo("91320804746832153E");
		assertThat(two.get("enterprise").asText()).isEqualTo("淮安市清源食品有限公司");
		assertThat(one.has("department")).isFalse();
	}

	@Test
	void everyDemoUserSignsInToTheApiWithTheirRole() throws Exception {
		String[][] users = { { "enterprise1", "ENTERPRISE" }, { "enterprise2", "ENTERPRISE" },
				{ "dispatcher1", "DISPATCHER" }, { "dispatcher2", "DISPATCHER" }, { "officer1", "OFFICER" },
				{ "officer2", "OFFICER" }, { "officer3", "OFFICER" }, { "legal1", "LEGAL_REVIEWER" },
				{ "head1", "DEPT_HEAD" }, { "supervisor1", "SUPERVISOR" }, { "supervisor2", "SUPERVISOR" },
				{ "bureauhead1", "BUREAU_HEAD" }, { "inspector1", "DISCIPLINE_INSPECTOR" }, { "admin", "ADMIN" } };
		for (String[] user : users) {
			HttpResponse<String> response = client().api("/api/me", user[0], "demo");
			assertThat(response.statusCode()).as(user[0]).isEqualTo(200);
			assertThat(this.json.readTree(response.body()).get("roles")).extracting(JsonNode::asText)
				.as(user[0])
				.containsExactly(user[1]);
		}
		assertThat(this.json.readTree(client().api("/api/me", "officer3", "demo").body()).get("department").asText())
			.isEqualTo("市场监督管理局");
	}

	@Test
	void apiWithoutCredentialsIsAChineseProblem() throws Exception {
		HttpResponse<String> response = client().api("/api/me", null, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Basic"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("detail").asText()).contains("请先登录");
	}

	@Test
	void wrongPasswordIsRejected() {
		HttpResponse<String> response = client().api("/api/me", "officer1", "wrong");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("请先登录");
	}

	@Test
	void apiDocumentationAnswersHttpBasicAndDeclaresIt() throws Exception {
		HttpResponse<String> response = client().api("/v3/api-docs", "officer1", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode docs = this.json.readTree(response.body());
		assertThat(docs.get("paths").has("/api/me")).isTrue();
		JsonNode schemes = docs.get("components").get("securitySchemes");
		assertThat(schemes.properties()).extracting(Map.Entry::getKey).containsExactly("basic");
		assertThat(schemes.get("basic").get("type").asText()).isEqualTo("http");
		assertThat(schemes.get("basic").get("scheme").asText()).isEqualTo("basic");
		// every operation: generated clients send the credentials
		assertThat(docs.get("security")).singleElement()
			.satisfies((requirement) -> assertThat(requirement.has("basic")).isTrue());
		// no session is started for an API client
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void apiDocumentationInYamlAndTheSwaggerConfigurationAnswerHttpBasic() {
		HttpResponse<String> yaml = client().api("/v3/api-docs.yaml", "enterprise1", "demo", "*/*");
		HttpResponse<String> config = client().api("/v3/api-docs/swagger-config", "enterprise1", "demo");

		assertThat(yaml.statusCode()).isEqualTo(200);
		assertThat(yaml.body()).startsWith("openapi: ").contains("/api/me:").contains("scheme: basic");
		assertThat(config.statusCode()).isEqualTo(200);
	}

	@Test
	void apiDocumentationWithoutCredentialsIsAChineseProblemNotTheSignInPage() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config" }) {
			HttpResponse<String> response = client().api(path, null, null, "*/*");

			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Basic"));
			assertThat(this.json.readTree(response.body()).get("detail").asText()).as(path).contains("请先登录");
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		assertThat(client().api("/v3/api-docs", "officer1", "wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void apiDocumentationStillAnswersTheSwaggerUiOfASignedInBrowser() throws Exception {
		SignedInClient browser = client();
		browser.signIn("supervisor1", "demo");

		HttpResponse<String> docs = browser.get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(docs.body()).get("paths").has("/api/me")).isTrue();
		assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
		// the page itself stays a page: without a session, the sign-in page
		assertThat(client().get("/swagger-ui.html").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	private SignedInClient client() {
		return new SignedInClient(this.port);
	}

}
