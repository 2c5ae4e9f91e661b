package cn.enforceflow.audit;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 执法全过程记录 — administrators see whether the chain is intact, and find entries by case,
 * person, period and kind, a page at a time, with sign-ins in a tab of their own. Other
 * tests append too, so every assertion is about entries of a case or person this test
 * made up.
 */
@FullApplication
class AuditPageTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final Pattern ROW = Pattern.compile("<tr data-seq=\"(\\d+)\" data-action=\"([A-Z_]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	private SignedInClient admin;

	@Test
	void administratorSeesAnIntactChainAndEntriesInChinese() {
		String caseKey = newCaseKey();
		AuditEntry entry = append(AuditRecord.of("officer1", "TASK_CLAIMED")
			.withCase(caseKey)
			.withSubject("TASK", "t-9")
			.withChange(Map.of("assignee", "dispatcher1"), Map.of("assignee", "officer1"))
			.withDetail("<b>现场</b>认领"));

		HttpResponse<String> page = admin().get("/admin/audit?case=" + caseKey);

		assertThat(page.statusCode()).isEqualTo(200);
		String row = row(page.body(), entry.seq());
		assertThat(page.body()).contains("执法全过程记录", "审计链完整：已逐条校验全部", "data-testid=\"audit-valid\"", "name=\"viewport\"",
				"class=\"table stack audit-entries\"");
		assertThat(row).contains("认领任务", "刘洋 <span class=\"muted\">(officer1)</span>",
				"任务 <span class=\"mono\">t-9</span>", caseKey,
				"<span class=\"audit-field\">办理人：</span>张明 (dispatcher1) → 刘洋 (officer1)", "&lt;b&gt;现场&lt;/b&gt;认领");
		assertThat(row).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
		assertThat(row).doesNotContain("TASK_CLAIMED<", "{&quot;assignee", "<b>现场");
		assertThat(page.body()).doesNotContain("data-testid=\"audit-broken\"");
	}

	@Test
	void changesShowOnlyTheFieldsThatChangedWithTheirNames() {
		String caseKey = newCaseKey();
		Map<String, Object> before = new HashMap<>();
		before.put("status", "RECTIFYING");
		before.put("findings", Map.of("YJJ-JC-006", "AWAITING_REPORT", "YJJ-JC-001", "COMPLIANT"));
		Map<String, Object> after = new HashMap<>();
		after.put("status", "VERIFYING");
		after.put("round", 1);
		after.put("findings", Map.of("YJJ-JC-006", "REPORTED", "YJJ-JC-001", "COMPLIANT"));
		AuditEntry entry = append(AuditRecord.of("enterprise1", "RECTIFICATION_REPORTED")
			.withCase(caseKey)
			.withSubject("INVITATION", caseKey)
			.withChange(before, after));

		String row = row(admin().get("/admin/audit?case=" + caseKey).body(), entry.seq());

		assertThat(row).contains("企业报告整改情况", "王建国", "邀约</span>", "<span class=\"audit-field\">状态：</span>整改中 → 待复查",
				"<span class=\"audit-field\">检查结果 YJJ-JC-006：</span>待整改 → 待复查",
				"<span class=\"audit-field\">轮次：</span>— → 1");
		// unchanged, and the case itself as the subject, are left out
		assertThat(row).doesNotContain("YJJ-JC-001", "邀约 <span class=\"mono\">");
	}

	@Test
	void anActionWithoutANameShowsItsCodeAndTheSystemReadsAsSuch() {
		String caseKey = newCaseKey();
		AuditEntry entry = append(AuditRecord.of(AuditRecord.SYSTEM, "CALENDAR_IMPORTED").withCase(caseKey));

		String row = row(admin().get("/admin/audit?case=" + caseKey).body(), entry.seq());

		assertThat(row).contains("<strong>CALENDAR_IMPORTED</strong>", ">系统</td>");
	}

	@Test
	void everyKindHasANameInChineseAndEnglish() {
		for (AuditActionGroup group : AuditActionGroup.values()) {
			assertThat(this.messages.getMessage("audit.group." + group, null, null, Locale.SIMPLIFIED_CHINESE))
				.as(group.name())
				.isNotBlank();
			assertThat(this.messages.getMessage("audit.group." + group, null, null, Locale.ENGLISH)).as(group.name())
				.isNotBlank();
			for (String code : group.actions()) {
				assertThat(this.messages.getMessage("audit.action." + code, null, null, Locale.SIMPLIFIED_CHINESE))
					.as(code)
					.isNotBlank()
					.isNotEqualTo(code)
					.containsPattern("\\p{IsHan}");
				assertThat(this.messages.getMessage("audit.action." + code, null, null, Locale.ENGLISH)).as(code)
					.isNotBlank()
					.isNotEqualTo(code)
					.doesNotContainPattern("\\p{IsHan}");
			}
		}
		assertThat(this.messages.getMessage("audit.action.INVITATION_WITHDRAWN", null, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("企业撤回邀约");
		assertThat(this.messages.getMessage("audit.action.TASK_URGED", null, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("催办");
	}

	@Test
	void theKindsOfATabAreOfferedInTheirGroups() {
		String cases = admin().get("/admin/audit").body();
		String security = admin().get("/admin/audit?category=security").body();

		assertThat(cases).contains("<optgroup label=\"案件办理\">", "<optgroup label=\"任务操作\">",
				"<optgroup label=\"文书与材料\">", "<optgroup label=\"日历与期限\">",
				"<option value=\"INVITATION_WITHDRAWN\">企业撤回邀约</option>", "<option value=\"TASK_URGED\">催办</option>");
		assertThat(cases).doesNotContain("<optgroup label=\"登录与安全\">", "<option value=\"SIGNED_IN\">");
		assertThat(security).contains("<optgroup label=\"登录与安全\">", "<option value=\"SIGNED_IN\">登录</option>");
		assertThat(security).doesNotContain("<optgroup label=\"案件办理\">");
	}

	@Test
	void eachFilterNarrowsTheEntriesAndTheyCombine() {
		String first = newCaseKey();
		String second = newCaseKey();
		long claimed = append(AuditRecord.of("officer1", "TASK_CLAIMED").withCase(first)).seq();
		long commented = append(AuditRecord.of("officer2", "TASK_COMMENTED").withCase(first).withDetail("请补充照片")).seq();
		long elsewhere = append(AuditRecord.of("officer1", "TASK_CLAIMED").withCase(second)).seq();
		LocalDate today = LocalDate.now(BEIJING);

		assertThat(seqs("/admin/audit?case=" + first)).containsExactly(commented, claimed);
		assertThat(seqs("/admin/audit?case=" + first + "&actor=officer2")).containsExactly(commented);
		assertThat(seqs("/admin/audit?case=" + first + "&kind=TASK_CLAIMED")).containsExactly(claimed);
		assertThat(seqs("/admin/audit?case=" + first + "&from=" + today + "&to=" + today)).containsExactly(commented,
				claimed);
		assertThat(seqs("/admin/audit?case=" + first + "&to=" + today.minusDays(1))).isEmpty();
		assertThat(seqs("/admin/audit?case=" + first + "&from=" + today.plusDays(1))).isEmpty();
		assertThat(seqs("/admin/audit?actor=officer1&kind=TASK_CLAIMED")).contains(claimed, elsewhere)
			.doesNotContain(commented);
		String page = admin().get("/admin/audit?case=" + first + "&actor=officer2").body();
		assertThat(page).contains("共 1 条记录", "人员：赵磊", "value=\"" + first + "\"", "value=\"officer2\"",
				"data-testid=\"filter-reset\"");
		assertThat(admin().get("/admin/audit?case=" + first + "&actor=nobody").body()).contains("没有符合筛选条件的记录。");
	}

	@Test
	void pagesGoFromTheNewestWithLinksBothWays() {
		String caseKey = newCaseKey();
		List<Long> appended = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			appended
				.add(append(AuditRecord.of("officer1", "TASK_COMMENTED").withCase(caseKey).withDetail("第" + i + "次"))
					.seq());
		}

		String first = admin().get("/admin/audit?case=" + caseKey + "&size=2").body();
		String last = admin().get("/admin/audit?case=" + caseKey + "&size=2&page=2").body();

		assertThat(seqs(first)).containsExactly(appended.get(4), appended.get(3));
		assertThat(first).contains("第 1 / 3 页，共 5 条",
				"href=\"/admin/audit?case=" + caseKey + "&size=2&page=1\" rel=\"next\"",
				"data-testid=\"count-case\">5<");
		assertThat(first).doesNotContain("rel=\"prev\"");
		assertThat(seqs(last)).containsExactly(appended.get(0));
		assertThat(last).contains("第 3 / 3 页，共 5 条",
				"href=\"/admin/audit?case=" + caseKey + "&size=2&page=1\" rel=\"prev\"");
		assertThat(last).doesNotContain("rel=\"next\"");
		assertThat(admin().get("/admin/audit?case=" + caseKey + "&size=2&page=9").body()).contains("这一页没有记录。", "回到第一页");
	}

	@Test
	void signInsAreATabOfTheirOwnEachWithItsCount() {
		String person = "tester-" + UUID.randomUUID().toString().substring(0, 8);
		String caseKey = newCaseKey();
		long signedIn = append(AuditRecord.of(person, "SIGNED_IN").withSubject("ACCOUNT", person)).seq();
		long denied = append(AuditRecord.of(person, "ACCESS_DENIED")
			.withChange(null, Map.of("method", "GET", "path", "/admin/audit", "address", "198.51.100.7"))).seq();
		long claimed = append(AuditRecord.of(person, "TASK_CLAIMED").withCase(caseKey)).seq();

		String cases = admin().get("/admin/audit?actor=" + person).body();
		String security = admin().get("/admin/audit?actor=" + person + "&category=security").body();

		assertThat(seqs(cases)).containsExactly(claimed);
		assertThat(cases).contains("data-testid=\"count-case\">1<", "data-testid=\"count-security\">2<",
				"href=\"/admin/audit?actor=" + person + "&category=security\"");
		assertThat(seqs(security)).containsExactly(denied, signedIn);
		assertThat(security).contains("class=\"tab active\" aria-current=\"page\" data-testid=\"tab-security\"", "拒绝访问",
				"请求路径：</span>/admin/audit", "登录", "账号 <span class=\"mono\">" + person);
		// a kind belongs to one tab: it shows that tab, and the other tab counts without
		// it
		String byKind = admin().get("/admin/audit?actor=" + person + "&kind=SIGNED_IN").body();
		assertThat(seqs(byKind)).containsExactly(signedIn);
		assertThat(byKind).contains("class=\"tab active\" aria-current=\"page\" data-testid=\"tab-security\"",
				"data-testid=\"count-security\">1<", "data-testid=\"count-case\">1<",
				"href=\"/admin/audit?actor=" + person + "\"");
	}

	@Test
	void unusableFiltersAreSaidBesideTheFormNotAsAnError() {
		HttpResponse<String> badDate = admin().get("/admin/audit?from=2026-13-01");
		HttpResponse<String> badKind = admin().get("/admin/audit?kind=%3Cb%3ENOPE");
		HttpResponse<String> backwards = admin().get("/admin/audit?from=2026-12-14&to=2026-12-01");
		HttpResponse<String> tooMany = admin().get("/admin/audit?size=500");

		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("data-testid=\"audit-problem\"", "参数 from 的值“2026-13-01”不是有效的日期",
				"value=\"2026-13-01\"", "data-testid=\"audit-valid\"");
		assertThat(badDate.body()).doesNotContain("data-testid=\"audit-entries\"");
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(badKind.body()).contains("未知的记录类型“&lt;b&gt;NOPE”").doesNotContain("<b>NOPE");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body()).contains("起始日期 2026-12-14 晚于截止日期 2026-12-01。");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("参数 size 的值“500”无效，应为 1 到 100 之间的整数。");
	}

	@Test
	void administratorCanReadItInEnglish() {
		String caseKey = newCaseKey();
		append(AuditRecord.of("officer1", "TASK_URGED").withCase(caseKey));

		assertThat(admin().get("/admin/audit?lang=en&case=" + caseKey).body())
			.contains("Audit trail", "The audit chain is intact", "Cases and tasks", "Sign-in and security", "Urged",
					"Entries: 1 (newest first)", "Clear filters")
			.containsPattern("[A-Z][a-z]+ \\d{1,2}, \\d{4} \\d{2}:\\d{2}");
	}

	@Test
	void adminHomeLinksThePage() {
		assertThat(admin().get("/").body()).contains("href=\"/admin/audit\"", "审计日志与完整性校验");
	}

	@Test
	void othersMayNotSeeIt() {
		assertThat(signedIn("supervisor1").get("/admin/audit").statusCode()).isEqualTo(403);
		assertThat(signedIn("officer1").get("/admin/audit").statusCode()).isEqualTo(403);
	}

	/** The seq of the rows of a page, in order. */
	private List<Long> seqs(String pathOrBody) {
		String body = pathOrBody.startsWith("/") ? admin().get(pathOrBody).body() : pathOrBody;
		List<Long> seqs = new ArrayList<>();
		Matcher rows = ROW.matcher(body);
		while (rows.find()) {
			seqs.add(Long.parseLong(rows.group(1)));
		}
		return seqs;
	}

	private static String row(String page, long seq) {
		int start = page.indexOf("<tr data-seq=\"" + seq + "\"");
		assertThat(start).as("row of entry " + seq).isNotNegative();
		String row = page.substring(start);
		return row.substring(0, row.indexOf("</tr>"));
	}

	private AuditEntry append(AuditRecord record) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.trail.record(record));
	}

	private static String newCaseKey() {
		return "YY-TEST-" + UUID.randomUUID();
	}

	/** The administrator, signed in once per test: every sign-in is an entry too. */
	private SignedInClient admin() {
		if (this.admin == null) {
			this.admin = signedIn("admin");
		}
		return this.admin;
	}

	private SignedInClient signedIn(String username) {
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn(username, "demo");
		return browser;
	}

}
