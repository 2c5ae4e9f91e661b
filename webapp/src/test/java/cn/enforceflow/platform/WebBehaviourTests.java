package cn.enforceflow.platform;

import java.net.http.HttpResponse;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people and API clients meet at the edges: sign-in, language, errors, health, the
 * engine.
 */
@FullApplication
class WebBehaviourTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void signInPageIsChineseByDefaultAndEnglishOnRequest() {
		SignedInClient client = new SignedInClient(this.port);

		HttpResponse<String> chinese = client.get("/login");
		assertThat(chinese.statusCode()).isEqualTo(200);
		assertThat(chinese.body()).contains("<html lang=\"zh-CN\">", "用户登录", "用户名", "密码");

		HttpResponse<String> english = client.get("/login?lang=en");
		assertThat(english.body()).contains("<html lang=\"en\">", "User name", "Password");
		// the choice is remembered
		assertThat(client.get("/login").body()).contains("User name");
		assertThat(client.get("/login?lang=zh_CN").body()).contains("用户登录");
	}

	@Test
	void pagesNeedSignInAndWrongPasswordsSayWhy() {
		SignedInClient client = new SignedInClient(this.port);

		HttpResponse<String> home = client.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));

		HttpResponse<String> failed = client.signIn("officer1", "not-the-password");
		assertThat(failed.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		assertThat(client.get("/login?error").body()).contains("用户名或密码错误");
	}

	@Test
	void signedInUserReachesTheirHomePage() {
		SignedInClient client = new SignedInClient(this.port);

		HttpResponse<String> signIn = client.signIn("dispatcher1", "demo");
		assertThat(signIn.statusCode()).isEqualTo(302);
		HttpResponse<String> home = client.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("受理派单工作台", "张明", "应急管理局", "32080020260010", "安全生产责任制落实情况检查");
	}

	@Test
	void aBrokenRuleOnAPageShowsWhatWasTypedAsText() {
		SignedInClient client = new SignedInClient(this.port);
		client.signIn("officer1", "demo");

		HttpResponse<String> response = client.get("/cases/%3Cimg%20src%3Dx%3E/files");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("&lt;img src=x&gt;").doesNotContain("<img src=x>");
	}

	@Test
	void unknownPageIsAChinese404() {
		SignedInClient client = new SignedInClient(this.port);
		client.signIn("officer1", "demo");

		HttpResponse<String> response = client.get("/no/such/page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("页面不存在", "返回首页").doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void engineConsoleIsForAdministratorsOnly() {
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer1", "demo");

		HttpResponse<String> response = officer.get("/camunda/app/cockpit/");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("无权访问");
	}

	@Test
	void engineRestAnswersAdministratorsOnly() throws Exception {
		SignedInClient client = new SignedInClient(this.port);

		assertThat(client.api("/engine-rest/engine", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> officer = client.api("/engine-rest/process-definition", "officer1", "demo");
		assertThat(officer.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(officer.body()).get("detail").asText()).isEqualTo("您无权执行此操作。");
		HttpResponse<String> admin = client.api("/engine-rest/process-definition?latestVersion=true", "admin", "demo");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(admin.body()).findValuesAsText("key")).contains("invitation");
	}

	@Test
	void signedInSessionsDoNotOpenTheEngineRestApi() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");

		// a session cookie is no credential for the stateless APIs
		assertThat(admin.get("/engine-rest/engine").statusCode()).isEqualTo(401);
	}

	@Test
	void unknownApiPathIsAChineseProblem() throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/no-such-thing", "officer1", "demo");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asText()).isEqualTo("请求的资源不存在。");
		assertThat(problem.get("title").asText()).isEqualTo("未找到");
	}

	@Test
	void healthIsPublic() throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/actuator/health", null, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body()).get("status").asText()).isEqualTo("UP");
	}

	@Test
	void openApiDescribesTheApiToSignedInUsers() throws Exception {
		SignedInClient client = new SignedInClient(this.port);
		// the API's door: sign in first, but no redirect to the sign-in page
		assertThat(client.get("/v3/api-docs").statusCode()).isEqualTo(401);

		client.signIn("officer1", "demo");
		HttpResponse<String> docs = client.get("/v3/api-docs", "application/json");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(docs.body()).get("paths").has("/api/me")).isTrue();
		assertThat(client.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
