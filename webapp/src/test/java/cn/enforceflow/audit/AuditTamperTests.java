package cn.enforceflow.audit;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with access to the database alters or deletes an audit row behind the
 * application's back; the administrator's check finds exactly that row. Each test puts
 * the row back, because the chain is shared by the whole run.
 */
@FullApplication
class AuditTamperTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectMapper json;

	@Test
	void anAlteredRowIsReportedAsAHashMismatch() throws Exception {
		List<AuditEntry> entries = appendThree();
		AuditEntry altered = entries.get(1);
		assertThat(verify().get("valid").asBoolean()).isTrue();

		this.jdbc.update("update audit_entry set after_json = ? where seq = ?", "{\"assignee\":\"officer2\"}",
				altered.seq());
		try {
			JsonNode verification = verify();

			assertThat(verification.get("valid").asBoolean()).isFalse();
			JsonNode broken = verification.get("firstBroken");
			assertThat(broken.get("seq").asLong()).isEqualTo(altered.seq());
			assertThat(broken.get("reason").asText()).isEqualTo("HASH_MISMATCH");
			assertThat(broken.get("action").asText()).isEqualTo("TASK_TRANSFERRED");
			assertThat(broken.get("caseKey").asText()).isEqualTo(altered.caseKey());
			assertThat(broken.get("recordedAt").asText()).isEqualTo(altered.recordedAt().toString());
			assertThat(verification.get("entries").asLong()).isEqualTo(altered.seq());

			String page = adminPage();
			assertThat(page).contains("data-testid=\"audit-broken\" data-seq=\"" + altered
				.seq() + "\"", "审计链已被破坏，第一处在第 " + altered.seq() + " 条记录", "记录内容与其哈希值不符：该记录写入后被修改。", "<tr data-seq=\""
						+ altered.seq()
						+ "\" data-action=\"TASK_TRANSFERRED\" data-testid=\"audit-entry\" class=\"broken\" data-broken=\"true\">");
		}
		finally {
			this.jdbc.update("update audit_entry set after_json = ? where seq = ?", altered.after(), altered.seq());
		}
		assertThat(verify().get("valid").asBoolean()).isTrue();
	}

	@Test
	void aRelinkedRowIsReportedAsABrokenChain() throws Exception {
		AuditEntry relinked = appendThree().get(2);

		this.jdbc.update("update audit_entry set previous_hash = ? where seq = ?", "0".repeat(64), relinked.seq());
		try {
			JsonNode broken = verify().get("firstBroken");

			assertThat(broken.get("seq").asLong()).isEqualTo(relinked.seq());
			assertThat(broken.get("reason").asText()).isEqualTo("CHAIN_BROKEN");
		}
		finally {
			this.jdbc.update("update audit_entry set previous_hash = ? where seq = ?", relinked.previousHash(),
					relinked.seq());
		}
		assertThat(verify().get("valid").asBoolean()).isTrue();
	}

	@Test
	void aDeletedMiddleRowIsReportedAsASequenceGap() throws Exception {
		AuditEntry deleted = appendThree().get(1);
		Map<String, Object> row = this.jdbc.queryForMap("select * from audit_entry where seq = ?", deleted.seq());

		this.jdbc.update("delete from audit_entry where seq = ?", deleted.seq());
		try {
			JsonNode verification = verify();

			assertThat(verification.get("valid").asBoolean()).isFalse();
			JsonNode broken = verification.get("firstBroken");
			assertThat(broken.get("seq").asLong()).isEqualTo(deleted.seq());
			assertThat(broken.get("reason").asText()).isEqualTo("SEQUENCE_GAP");
			assertThat(broken.get("recordedAt").isNull()).isTrue();
			assertThat(verification.get("entries").asLong()).isEqualTo(deleted.seq() - 1);

			assertThat(adminPage()).contains("data-reason=\"SEQUENCE_GAP\"",
					"<tr class=\"broken\" data-seq=\"" + deleted.seq() + "\" data-testid=\"audit-missing\">",
					"第 " + deleted.seq() + " 条记录缺失");
		}
		finally {
			reinsert(row);
		}
		assertThat(verify().get("valid").asBoolean()).isTrue();
	}

	private List<AuditEntry> appendThree() {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		Map<String, Object> nobody = new HashMap<>();
		nobody.put("assignee", null);
		return List.of(
				append(AuditRecord.of("officer1", "TASK_CLAIMED")
					.withCase(caseKey)
					.withChange(nobody, Map.of("assignee", "officer1"))),
				append(AuditRecord.of("officer1", "TASK_TRANSFERRED")
					.withCase(caseKey)
					.withChange(Map.of("assignee", "officer1"), Map.of("assignee", "officer3"))
					.withDetail("转办给市场监督管理局")),
				append(AuditRecord.of("officer3", "TASK_COMPLETED").withCase(caseKey)));
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

	private JsonNode verify() throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/audit/verify", "admin", "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private String adminPage() {
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("admin", "demo");
		HttpResponse<String> page = browser.get("/admin/audit");
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private void reinsert(Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String marks = String.join(", ", row.keySet().stream().map((c) -> "?").toList());
		this.jdbc.update("insert into audit_entry (" + columns + ") values (" + marks + ")", row.values().toArray());
	}

}
