package cn.enforceflow.audit;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 审计日志 — administrators see whether the chain is intact and its newest entries.
 */
@FullApplication
class AuditPageTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void administratorSeesAnIntactChainAndTheNewestEntriesInChinese() {
		String caseKey = "YY-TEST-" + UUID.randomUUID();
		AuditEntry entry = new TransactionTemplate(this.transactions)
			.execute((status) -> this.trail.record(AuditRecord.of("officer1", "TASK_CLAIMED")
				.withCase(caseKey)
				.withSubject("TASK", "t-9")
				.withChange(Map.of("assignee", "dispatcher1"), Map.of("assignee", "officer1"))
				.withDetail("<b>现场</b>认领")));

		HttpResponse<String> page = signedIn("admin").get("/admin/audit");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("审计日志", "审计链完整：已逐条校验全部", "data-testid=\"audit-valid\"",
				"data-seq=\"" + entry.seq() + "\"", "认领任务", "TASK:t-9", caseKey, "name=\"viewport\"",
				"class=\"table stack audit-entries\"",
				"{&quot;assignee&quot;:&quot;dispatcher1&quot;}</span> → <span class=\"mono small\">{&quot;assignee&quot;:&quot;officer1&quot;}",
				"&lt;b&gt;现场&lt;/b&gt;认领");
		assertThat(page.body()).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
		assertThat(page.body()).doesNotContain("data-testid=\"audit-broken\"", "<b>现场");
	}

	@Test
	void anActionWithoutATranslationShowsItsCode() {
		AuditEntry entry = new TransactionTemplate(this.transactions)
			.execute((status) -> this.trail.record(AuditRecord.of(AuditRecord.SYSTEM, "CALENDAR_IMPORTED")));

		String page = signedIn("admin").get("/admin/audit").body();

		String row = page.substring(page.indexOf("<tr data-seq=\"" + entry.seq() + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td>系统</td>", "<td>CALENDAR_IMPORTED</td>");
	}

	@Test
	void administratorCanReadItInEnglish() {
		assertThat(signedIn("admin").get("/admin/audit?lang=en").body()).contains("Audit trail",
				"The audit chain is intact", "The newest 50 entries");
	}

	@Test
	void adminHomeLinksThePage() {
		assertThat(signedIn("admin").get("/").body()).contains("href=\"/admin/audit\"", "审计日志与完整性校验");
	}

	@Test
	void othersMayNotSeeIt() {
		assertThat(signedIn("supervisor1").get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(signedIn("officer1").get("/admin/audit").statusCode()).isEqualTo(403);
	}

	private SignedInClient signedIn(String username) {
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn(username, "demo");
		return browser;
	}

}
