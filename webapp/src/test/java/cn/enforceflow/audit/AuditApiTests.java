package cn.enforceflow.audit;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read the audit trail through the API: administrators check the chain and find
 * entries by the audit page's filters; administrators and supervisors read a case's
 * entries; nobody else. Other tests append too, so every assertion is about entries of a
 * case or person this test made up.
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

	@Autowired
	JdbcTemplate jdbc;

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

	@Test
	void administratorsFindEntriesByCasePersonKindAndCategory() throws Exception {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		String person = "tester-" + UUID.randomUUID().toString().substring(0, 8);
		AuditEntry claimed = append(AuditRecord.of("officer1", "TASK_CLAIMED")
			.withCase(caseKey)
			.withSubject("TASK", "t-1")
			.withChange(Map.of("assignee", "dispatcher1"), Map.of("assignee", "officer1")));
		AuditEntry commented = append(AuditRecord.of("officer2", "TASK_COMMENTED").withCase(caseKey).withDetail("请补充"));
		AuditEntry signedIn = append(AuditRecord.of(person, "SIGNED_IN").withSubject("ACCOUNT", person));
		AuditEntry urged = append(AuditRecord.of(person, "TASK_URGED").withCase(caseKey));

		JsonNode all = entries("case=" + caseKey);
		assertThat(seqs(all)).containsExactly(urged.seq(), commented.seq(), claimed.seq());
		assertThat(all.get("total").asLong()).isEqualTo(3);
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("size").asInt()).isEqualTo(20);
		JsonNode first = all.get("items").get(2);
		assertThat(first.get("actor").asText()).isEqualTo("officer1");
		assertThat(first.get("actorName").asText()).isEqualTo("刘洋");
		assertThat(first.get("action").asText()).isEqualTo("TASK_CLAIMED");
		assertThat(first.get("actionName").asText()).isEqualTo("认领任务");
		assertThat(first.get("before").asText()).isEqualTo("{\"assignee\":\"dispatcher1\"}");
		assertThat(first.get("hash").asText()).isEqualTo(claimed.hash());
		assertThat(all.get("items").get(0).get("actorName").isNull()).as("a username without an account").isTrue();

		assertThat(seqs(entries("case=" + caseKey + "&actor=officer2"))).containsExactly(commented.seq());
		assertThat(seqs(entries("case=" + caseKey + "&kind=TASK_CLAIMED"))).containsExactly(claimed.seq());
		assertThat(seqs(entries("actor=" + person))).containsExactly(urged.seq(), signedIn.seq());
		assertThat(seqs(entries("actor=" + person + "&category=SECURITY"))).containsExactly(signedIn.seq());
		assertThat(seqs(entries("actor=" + person + "&category=case"))).containsExactly(urged.seq());
		assertThat(seqs(entries("actor=" + person + "&category=CASE&kind=SIGNED_IN"))).isEmpty();
		assertThat(entries("case=" + caseKey + "&lang=en").get("items").get(0).get("actionName").asText())
			.isEqualTo("Urged");
	}

	@Test
	void anActionWithoutANameIsNamedByItsCode() throws Exception {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		append(AuditRecord.of(AuditRecord.SYSTEM, "CALENDAR_IMPORTED").withCase(caseKey));

		JsonNode item = entries("case=" + caseKey).get("items").get(0);

		assertThat(item.get("actionName").asText()).isEqualTo("CALENDAR_IMPORTED");
		assertThat(item.get("actorName").asText()).isEqualTo("系统");
	}

	@Test
	void aPeriodIsWholeDaysInBeijingTime() throws Exception {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		AuditEntry entry = append(AuditRecord.of("officer1", "TASK_COMMENTED").withCase(caseKey));
		LocalDateTime stored = this.jdbc.queryForObject("select recorded_at from audit_entry where seq = ?",
				LocalDateTime.class, entry.seq());
		// the last second of a day in Beijing (15:59:59 UTC): moved there and back, so
		// the chain is broken only while this test looks
		this.jdbc.update("update audit_entry set recorded_at = ? where seq = ?",
				LocalDateTime.parse("2026-12-14T23:59:59"), entry.seq());
		try {
			assertThat(seqs(entries("case=" + caseKey + "&from=2026-12-14&to=2026-12-14")))
				.containsExactly(entry.seq());
			assertThat(seqs(entries("case=" + caseKey + "&from=2026-12-14"))).containsExactly(entry.seq());
			assertThat(seqs(entries("case=" + caseKey + "&to=2026-12-14"))).containsExactly(entry.seq());
			assertThat(seqs(entries("case=" + caseKey + "&from=2026-12-15"))).isEmpty();
			assertThat(seqs(entries("case=" + caseKey + "&to=2026-12-13"))).isEmpty();
			this.jdbc.update("update audit_entry set recorded_at = ? where seq = ?",
					LocalDateTime.parse("2026-12-15T00:00:00"), entry.seq());
			assertThat(seqs(entries("case=" + caseKey + "&to=2026-12-14"))).isEmpty();
			assertThat(seqs(entries("case=" + caseKey + "&from=2026-12-15&to=2026-12-15")))
				.containsExactly(entry.seq());
		}
		finally {
			this.jdbc.update("update audit_entry set recorded_at = ? where seq = ?", stored, entry.seq());
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	@Test
	void entriesComeAPageAtATimeNewestFirst() throws Exception {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		List<Long> appended = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			appended.add(append(AuditRecord.of("officer1", "TASK_COMMENTED").withCase(caseKey)).seq());
		}

		JsonNode second = entries("case=" + caseKey + "&size=2&page=1");
		JsonNode beyond = entries("case=" + caseKey + "&size=2&page=3");

		assertThat(seqs(second)).containsExactly(appended.get(2), appended.get(1));
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(2);
		assertThat(second.get("total").asLong()).isEqualTo(5);
		assertThat(seqs(beyond)).isEmpty();
		assertThat(beyond.get("total").asLong()).isEqualTo(5);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "kind=NOPE|未知的记录类型“NOPE”，应为操作代码之一，例如 TASK_CLAIMED、SIGNED_IN。",
					"from=2026-02-30|参数 from 的值“2026-02-30”不是有效的日期，应为 YYYY-MM-DD 格式（例如 2026-12-14）。",
					"to=14.12.2026|参数 to 的值“14.12.2026”不是有效的日期，应为 YYYY-MM-DD 格式（例如 2026-12-14）。",
					"to=9999-12-31|参数 to 的日期 9999-12-31 超出支持的范围（2000 年至 2199 年）。",
					"from=2026-12-14&to=2026-12-01|起始日期 2026-12-14 晚于截止日期 2026-12-01。",
					"size=101|参数 size 的值“101”无效，应为 1 到 100 之间的整数。", "size=0|参数 size 的值“0”无效，应为 1 到 100 之间的整数。",
					"page=-1|参数 page 的值“-1”无效，应为 0 到 21474836 之间的整数。", "page=x|参数 page 的值“x”无效，应为 0 到 21474836 之间的整数。",
					"category=OTHER|参数 category 的值“OTHER”无效，应为 CASE（案件与办理记录）或 SECURITY（登录与安全）。" })
	void unusableParametersAreAProblemInChinese(String query, String detail) throws Exception {
		HttpResponse<String> response = api("/api/audit/entries?" + query, "admin");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asText()).isEqualTo(detail);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
	}

	@Test
	void onlyAdministratorsFindEntries() throws Exception {
		assertThat(api("/api/audit/entries", null).statusCode()).isEqualTo(401);
		for (String username : new String[] { "supervisor1", "officer1", "enterprise1" }) {
			HttpResponse<String> response = api("/api/audit/entries", username);

			assertThat(response.statusCode()).as(username).isEqualTo(403);
			assertThat(this.json.readTree(response.body()).get("detail").asText()).isEqualTo("您无权执行此操作。");
		}
		assertThat(api("/api/audit/entries", "admin").statusCode()).isEqualTo(200);
	}

	private JsonNode entries(String query) throws Exception {
		HttpResponse<String> response = api("/api/audit/entries?" + query, "admin");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static List<Long> seqs(JsonNode page) {
		List<Long> seqs = new ArrayList<>();
		page.get("items").forEach((item) -> seqs.add(item.get("seq").asLong()));
		return seqs;
	}

	private HttpResponse<String> api(String path, String username) {
		return new SignedInClient(this.port).api(path, username, "demo");
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

}
