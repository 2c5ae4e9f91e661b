package cn.enforceflow.audit;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read the audit trail through the API: administrators check the chain;
 * administrators and supervisors read a case's entries; nobody else.
 */
@FullApplication
class AuditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectMapper json;

	@Test
	void administratorsCheckTheChain() throws Exception {
		HttpResponse<String> response = api("/api/audit/verify", "admin");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode verification = this.json.readTree(response.body());
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").isIntegralNumber()).isTrue();
		assertThat(verification.has("firstBroken")).isTrue();
		assertThat(verification.get("firstBroken").isNull()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "supervisor1", "officer1", "enterprise1", "inspector1" })
	void othersMayNotCheckTheChain(String username) throws Exception {
		HttpResponse<String> response = api("/api/audit/verify", username);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asText()).isEqualTo("您无权执行此操作。");
		assertThat(problem.get("title").asText()).isEqualTo("无权访问");
	}

	@Test
	void nobodyReadsTheTrailWithoutSigningIn() {
		assertThat(api("/api/audit/verify", null).statusCode()).isEqualTo(401);
		assertThat(api("/api/audit?caseKey=YY-2026-000123", null).statusCode()).isEqualTo(401);
	}

	@Test
	void supervisorsAndAdministratorsReadTheEntriesOfACase() throws Exception {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		AuditEntry claimed = append(AuditRecord.of("officer1", "TASK_CLAIMED")
			.withCase(caseKey)
			.withSubject("TASK", "t-1")
			.withChange(Map.of("assignee", "dispatcher1"), Map.of("assignee", "officer1")));
		AuditEntry commented = append(
				AuditRecord.of("officer1", "TASK_COMMENTED").withCase(caseKey).withDetail("企业已整改 👍"));

		for (String username : new String[] { "supervisor1", "admin" }) {
			HttpResponse<String> response = api("/api/audit?caseKey=" + caseKey, username);

			assertThat(response.statusCode()).as(username).isEqualTo(200);
			JsonNode entries = this.json.readTree(response.body());
			assertThat(entries).hasSize(2);
			assertThat(entries.get(0).get("seq").asLong()).isEqualTo(claimed.seq());
			assertThat(entries.get(0).get("actor").asText()).isEqualTo("officer1");
			assertThat(entries.get(0).get("action").asText()).isEqualTo("TASK_CLAIMED");
			assertThat(entries.get(0).get("subjectType").asText()).isEqualTo("TASK");
			assertThat(entries.get(0).get("before").asText()).isEqualTo("{\"assignee\":\"dispatcher1\"}");
			assertThat(entries.get(0).get("hash").asText()).isEqualTo(claimed.hash());
			assertThat(entries.get(1).get("detail").asText()).isEqualTo("企业已整改 👍");
			assertThat(entries.get(1).get("previousHash").asText()).isEqualTo(claimed.hash());
			assertThat(entries.get(1).get("hash").asText()).isEqualTo(commented.hash());
		}
	}

	@Test
	void othersMayNotReadTheEntriesOfACase() throws Exception {
		HttpResponse<String> response = api("/api/audit?caseKey=YY-2026-000123", "officer1");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(response.body()).get("detail").asText()).isEqualTo("您无权执行此操作。");
	}

	@Test
	void aCaseKeyIsNeeded() throws Exception {
		HttpResponse<String> response = api("/api/audit", "supervisor1");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("detail").asText()).isEqualTo("缺少参数 caseKey（案件编号）。");
	}

	@Test
	void anUnknownCaseHasNoEntries() throws Exception {
		HttpResponse<String> response = api("/api/audit?caseKey=YY-2099-999999", "supervisor1");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(response.body())).isEmpty();
	}

	private HttpResponse<String> api(String path, String username) {
		return new SignedInClient(this.port).api(path, username, "demo");
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

}
