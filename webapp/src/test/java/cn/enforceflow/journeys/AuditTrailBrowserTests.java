package cn.enforceflow.journeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.enforceflow.FullApplication;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator opens the audit trail from the home page and finds it intact; after
 * someone altered a row in the database, the same page on a phone shows that entry in
 * red. Screenshots go to {@code target/screenshots}.
 */
@FullApplication
class AuditTrailBrowserTests {

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeAll
	static void launchChromium() {
		chromium = Chromium.launch();
		browser = chromium.browser();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void administratorFindsTheTrailIntactFromTheHomePage() {
		appendCase();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");

			page.getByTestId("audit-link").click();

			assertThat(page.getByTestId("audit-heading")).hasText("审计日志");
			assertThat(page.getByTestId("audit-valid")).containsText("审计链完整");
			// the newest entry is the administrator's own sign-in; the case's last step
			// is next
			assertThat(page.getByTestId("audit-entries").locator("tbody tr").first()).containsText("登录");
			assertThat(page.getByTestId("audit-entries").locator("tbody tr").nth(1)).containsText("办结任务");
			page.screenshot(Chromium.screenshot("audit-desk"));
		}
	}

	@Test
	void anAlteredEntryIsRedOnAPhone() {
		AuditEntry altered = appendCase().get(1);
		this.jdbc.update("update audit_entry set detail = ? where seq = ?", "转办给生态环境局", altered.seq());
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");

			page.navigate(Chromium.url(this.port, "/admin/audit"));

			assertThat(page.getByTestId("audit-broken")).containsText("审计链已被破坏，第一处在第 " + altered.seq() + " 条记录");
			assertThat(page.getByTestId("audit-broken")).containsText("记录内容与其哈希值不符");
			assertThat(page.getByTestId("audit-broken")).containsText("转办任务 · 案件 " + altered.caseKey());
			assertThat(page.getByTestId("audit-broken-entry")).hasAttribute("data-seq", String.valueOf(altered.seq()));
			Object background = page.evaluate(
					"getComputedStyle(document.querySelector('[data-testid=audit-broken-entry] td')).backgroundColor");
			assertThat(background).isEqualTo("rgb(255, 235, 233)");
			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("scrolls sideways").isLessThanOrEqualTo(0);
			page.screenshot(Chromium.screenshot("audit-phone-broken"));
		}
		finally {
			this.jdbc.update("update audit_entry set detail = ? where seq = ?", altered.detail(), altered.seq());
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	private List<AuditEntry> appendCase() {
		String caseKey = "YY-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Map<String, Object> nobody = new HashMap<>();
		nobody.put("assignee", null);
		return List.of(
				append(AuditRecord.of("officer1", "TASK_CLAIMED")
					.withCase(caseKey)
					.withSubject("TASK", "t-" + UUID.randomUUID())
					.withChange(nobody, Map.of("assignee", "officer1", "candidateGroups", List.of("YJJ.OFFICER")))),
				append(AuditRecord.of("officer1", "TASK_TRANSFERRED")
					.withCase(caseKey)
					.withChange(Map.of("assignee", "officer1"), Map.of("assignee", "officer3"))
					.withDetail("转办给市场监督管理局：该企业的食品经营许可事项由市场监管部门检查更为合适 🙏")),
				append(AuditRecord.of("officer3", "TASK_COMPLETED").withCase(caseKey)));
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

}
