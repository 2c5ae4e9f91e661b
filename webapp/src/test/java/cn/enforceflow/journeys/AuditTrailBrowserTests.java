package cn.enforceflow.journeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.enforceflow.FullApplication;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * The administrator opens 执法全过程记录 from the home page, finds it intact, looks for one case
 * and one kind of entry with the filters, and turns to the sign-ins; on a phone the same
 * page stacks its rows, pages with the links, and shows an entry someone altered in the
 * database in red. Screenshots go to {@code target/screenshots}.
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
	void administratorFindsACaseAndAKindOfEntryAtTheDesk() {
		List<AuditEntry> entries = appendCase();
		String caseKey = entries.get(0).caseKey();
		try (BrowserContext context = browser.newContext(desk())) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");

			page.getByTestId("audit-link").click();

			assertThat(page.getByTestId("audit-heading")).hasText("执法全过程记录");
			assertThat(page.getByTestId("audit-valid")).containsText("审计链完整");
			assertThat(page.getByTestId("tab-case")).hasAttribute("aria-current", "page");
			// the newest entry of the case tab is the case's last step; the
			// administrator's own sign-in is in the other tab
			Locator rows = page.getByTestId("audit-entry");
			assertThat(rows.first()).containsText("办理环节");
			assertThat(rows.first()).containsText("孙丽 (officer3)");
			assertThat(page.getByTestId("audit-entries")).not().containsText("SIGNED_IN");
			noSidewaysScrolling(page);
			page.screenshot(Chromium.screenshot("audit-desk"));

			page.getByLabel("案件编号").fill(caseKey);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();

			assertThat(page).hasURL(Pattern.compile("case=" + caseKey));
			assertThat(rows).hasCount(3);
			assertThat(page.getByTestId("audit-total")).hasText("共 3 条记录，新的在前");
			assertThat(rows.nth(1)).containsText("转办任务");
			assertThat(rows.nth(1)).containsText("办理人：刘洋 (officer1) → 孙丽 (officer3)");
			assertThat(rows.nth(2)).containsText("认领任务");
			assertThat(rows.nth(2)).containsText("办理人：— → 刘洋 (officer1)");
			assertThat(rows.nth(2)).containsText("可认领的组：— → YJJ.OFFICER");

			page.getByTestId("filter-kind").selectOption(new SelectOption().setLabel("转办任务"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();

			assertThat(page).hasURL(Pattern.compile("kind=TASK_TRANSFERRED"));
			assertThat(rows).hasCount(1);
			assertThat(rows.first()).containsText("转办给市场监督管理局");
			assertThat(page.getByTestId("count-security")).hasText("0");
			page.screenshot(Chromium.screenshot("audit-desk-filtered"));

			page.getByTestId("filter-reset").click();
			page.getByTestId("tab-security").click();

			assertThat(page.getByTestId("tab-security")).hasAttribute("aria-current", "page");
			assertThat(rows.first()).containsText("登录");
			assertThat(rows.first()).containsText("系统管理员 (admin)");
			assertThat(page.getByTestId("filter-kind").locator("optgroup")).hasCount(1);
			page.screenshot(Chromium.screenshot("audit-desk-security"));
		}
	}

	@Test
	void onAPhoneRowsStackAndPagesTurn() {
		String caseKey = appendCase().get(0).caseKey();
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");

			page.navigate(Chromium.url(this.port, "/admin/audit?case=" + caseKey + "&size=2"));

			Locator rows = page.getByTestId("audit-entry");
			assertThat(rows).hasCount(2);
			assertThat(page.getByTestId("pager-position")).hasText("第 1 / 2 页，共 3 条");
			// one card per entry: the header row is hidden, each cell says what it is
			assertThat(page.getByTestId("audit-entries").locator("thead")).isHidden();
			assertThat(rows.first().locator("td.audit-case")).isVisible();
			noSidewaysScrolling(page);
			page.screenshot(Chromium.screenshot("audit-phone"));

			page.getByTestId("pager-next").click();

			assertThat(rows).hasCount(1);
			assertThat(rows.first()).containsText("认领任务");
			assertThat(page.getByTestId("pager-position")).hasText("第 2 / 2 页，共 3 条");
			assertThat(page.getByTestId("pager-previous")).isVisible();
			noSidewaysScrolling(page);
		}
	}

	@Test
	void anAlteredEntryIsRedOnAPhone() {
		AuditEntry altered = appendCase().get(1);
		this.jdbc.update("update audit_entry set detail = ? where seq = ?", "转办给生态环境局", altered.seq());
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");

			page.navigate(Chromium.url(this.port, "/admin/audit"));

			assertThat(page.getByTestId("audit-broken")).containsText("审计链已被破坏，第一处在第 " + altered.seq() + " 条记录");
			assertThat(page.getByTestId("audit-broken")).containsText("记录内容与其哈希值不符");
			assertThat(page.getByTestId("audit-broken")).containsText("转办任务 · 案件 " + altered.caseKey());
			Locator broken = page.locator("[data-testid=audit-entry][data-broken=true]");
			assertThat(broken).hasAttribute("data-seq", String.valueOf(altered.seq()));
			Object background = broken.locator("td")
				.first()
				.evaluate("(cell) => getComputedStyle(cell).backgroundColor");
			assertThat(background).isEqualTo("rgb(255, 235, 233)");
			noSidewaysScrolling(page);
			page.screenshot(Chromium.screenshot("audit-phone-broken"));
		}
		finally {
			this.jdbc.update("update audit_entry set detail = ? where seq = ?", altered.detail(), altered.seq());
		}
		assertThat(this.trail.verify().valid()).isTrue();
	}

	/** A desk in a Chinese office: its browser speaks Chinese and keeps Beijing time. */
	private static Browser.NewContextOptions desk() {
		return new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai");
	}

	private static BrowserContext phone() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai"));
	}

	private static void noSidewaysScrolling(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("scrolls sideways").isLessThanOrEqualTo(0);
	}

	/** A claim, a transfer with its reason, the step done: newest last. */
	private List<AuditEntry> appendCase() {
		String caseKey = "YY-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Map<String, Object> nobody = new HashMap<>();
		nobody.put("assignee", null);
		nobody.put("candidateGroups", null);
		return List.of(
				append(AuditRecord.of("officer1", "TASK_CLAIMED")
					.withCase(caseKey)
					.withSubject("TASK", "t-" + UUID.randomUUID())
					.withChange(nobody, Map.of("assignee", "officer1", "candidateGroups", List.of("YJJ.OFFICER")))),
				append(AuditRecord.of("officer1", "TASK_TRANSFERRED")
					.withCase(caseKey)
					.withChange(Map.of("assignee", "officer1"), Map.of("assignee", "officer3"))
					.withDetail("转办给市场监督管理局：该企业的食品经营许可事项由市场监管部门检查更为合适 🙏")),
				append(AuditRecord.of("officer3", "STEP_COMPLETED").withCase(caseKey)));
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

}
