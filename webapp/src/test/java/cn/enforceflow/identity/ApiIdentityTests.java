package cn.enforceflow.identity;

import java.net.http.HttpResponse;

import cn.enforceflow.FullApplication;
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
		assertThat(me.get("certificate").get("validUntil").asText()).isEqualTo("2028-12-31");
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

	private SignedInClient client() {
		return new SignedInClient(this.port);
	}

}
