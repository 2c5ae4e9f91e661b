package cn.enforceflow.journeys;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 首违不罚 as its people walk it in Chromium, through the pages only: the officer registers a
 * violation on a phone and sees the assessment at once, proposes no penalty with the
 * education given; the legal reviewer returns it once with a reason, then approves; the
 * head approves and the decision is issued; the enterprise, which agreed to electronic
 * service, confirms receipt; the officer publishes it, and the public page shows it with
 * personal data masked. Screenshots of every step, at desk and phone width.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExemptionBrowserTests {

	/** 外协单位从业人员上岗培训未如实记录 (应急管理局, 不予处罚清单). */
	private static final String MATTER = "YJ-SW-001";

	private Chromium chromium;

	@Autowired
	Organizations organizations;

	@Autowired
	Users users;

	@LocalServerPort
	int port;

	@BeforeAll
	void launch() {
		this.chromium = Chromium.launch();
	}

	@AfterAll
	void close() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@AfterEach
	void backToToday() {
		TestClock.reset();
	}

	@Test
	void anEligibleCaseFromTheOfficerToThePublicPage() {
		String creditCode = enterprise();
		String enterpriseUser = "ebt" + creditCode.substring(8, 17);
		String caseNumber;

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, enterpriseUser);
			page.navigate(Chromium.url(this.port, "/exemptions"));
			page.getByTestId("consent").click();
			assertThat(page.getByTestId("flash")).containsText("已确认电子送达");
			assertThat(page.getByTestId("consented")).isVisible();
		}

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "officer1");
			page.navigate(Chromium.url(this.port, "/exemptions"));
			page.getByTestId("new-exemption").click();
			page.fill("#creditCode", creditCode);
			page.selectOption("#matterCode", MATTER);
			page.selectOption("#secondOfficer", "officer2");
			page.fill("#facts", "检查发现外协单位3名从业人员上岗培训未如实记录，负责人张建华（电话13912345678）当场说明情况。");
			page.fill("#evidence", "现场检查笔录、培训档案复印件");
			page.fill("#violationOn", TestClock.today().minusDays(2).toString());
			page.check("#harm-MINOR");
			page.check("#corrected-true");
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("exemption-01-register-phone"));
			page.getByTestId("register-exemption").click();
			assertThat(page.getByTestId("flash")).containsText("要素核查符合不予处罚条件");
			assertThat(page.getByTestId("assessment")).containsText("初次违法且危害后果轻微并及时改正");
			caseNumber = page.getByTestId("progress-heading").locator(".mono").textContent().strip();
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("exemption-02-assessed-phone"));
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "officer1");
			propose(page, caseNumber, "exemption-03-propose");
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "legal1");
			page.navigate(Chromium.url(this.port, "/"));
			assertThat(page.locator("body")).containsText(caseNumber);
			doNext(page, caseNumber, "法制审核");
			page.check("input[name=approved][value=false]");
			page.fill("textarea[name=reason]", "请补充当事人对培训台账整改的书面承诺。");
			page.screenshot(Chromium.screenshot("exemption-04-legal-review-return"));
			submit(page, "已退回执法人员修改");
		}

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "officer1");
			propose(page, caseNumber, "exemption-05-propose-again-phone");
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "legal1");
			doNext(page, caseNumber, "法制审核");
			page.check("input[name=approved][value=true]");
			submit(page, "法制审核通过");
			assertThat(page.getByTestId("legal-review")).containsText("审核通过");
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "head1");
			doNext(page, caseNumber, "负责人审批");
			page.check("input[name=decision][value=APPROVED]");
			page.screenshot(Chromium.screenshot("exemption-06-approve"));
			submit(page, "不予行政处罚决定书");
			assertThat(page.getByTestId("decision-number")).containsText("不罚〔");
			assertThat(page.getByTestId("exemption-documents")).containsText("不予行政处罚决定书");
			page.screenshot(Chromium.screenshot("exemption-07-approved"));
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "officer1");
			doNext(page, caseNumber, "送达决定书");
			page.check("input[name=method][value=ELECTRONIC]");
			submit(page, "已电子送达");
			doNext(page, caseNumber, "公示决定");
			page.check("input[name=confirmed]");
			submit(page, "已公示");
		}

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, enterpriseUser);
			doNext(page, caseNumber, "确认签收");
			assertThat(page.getByTestId("exemption-documents")).containsText("不予行政处罚决定书");
			page.check("input[name=received]");
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("exemption-08-receipt-phone"));
			submit(page, "已签收");
			assertThat(page.getByTestId("exemption-status")).hasText("已公示");
			page.screenshot(Chromium.screenshot("exemption-09-published-phone"));
		}

		for (boolean onPhone : new boolean[] { false, true }) {
			try (BrowserContext context = onPhone ? phone() : desk()) {
				Page page = context.newPage();
				page.navigate(Chromium.url(this.port, "/public/decisions"));
				Locator decision = page.locator("section.card", new Page.LocatorOptions().setHasText("负责人张**"));
				assertThat(decision.first()).containsText("外协单位从业人员上岗培训未如实记录");
				assertThat(decision.first()).containsText("139****5678");
				assertThat(decision.first()).containsText("从业人员上岗培训未如实记录");
				assertThat(page.locator("body")).not().containsText("13912345678");
				assertThat(page.locator("body")).not().containsText("张建华");
				page.screenshot(Chromium.screenshot("exemption-10-public" + (onPhone ? "-phone" : "")));
			}
		}
	}

	private void propose(Page page, String caseNumber, String screenshot) {
		doNext(page, caseNumber, "拟不予处罚意见");
		page.fill("textarea[name=opinion]", "当事人初次违法、危害后果轻微并已及时改正，建议依法不予行政处罚。");
		page.fill("textarea[name=educationRecord]", "执法人员向当事人讲解了从业人员培训记录的法定要求，当事人书面承诺建立培训台账。");
		page.screenshot(Chromium.screenshot(screenshot));
		submit(page, "已提交法制审核");
	}

	/** Opens the step from the case's progress page (去办理). */
	private void doNext(Page page, String caseNumber, String step) {
		page.navigate(Chromium.url(this.port, "/exemptions/" + caseNumber));
		Locator next = page.getByTestId("next").locator("li", new Locator.LocatorOptions().setHasText(step));
		next.getByTestId("do-next").click();
		assertThat(page.getByTestId("task-heading")).hasText(step);
	}

	/** Submits the step's form; the case's page says what happened. */
	private static void submit(Page page, String said) {
		page.getByTestId("submit-task").click();
		assertThat(page.getByTestId("flash")).hasClass(Pattern.compile("alert-ok"));
		assertThat(page.getByTestId("flash")).containsText(said);
		assertThat(page).hasURL(Pattern.compile(".*/exemptions/BF-\\d{4}-\\d{6}$"));
	}

	/** An enterprise of this test, and the person acting for it. */
	private String enterprise() {
		String first17 = "91320888" + String.format("%09d", Math.abs(System.nanoTime() % 1_000_000_000L));
		CreditCode code = new CreditCode(first17 + CreditCode.checkCharacterOf(first17));
		this.organizations.registerEnterprise(
				new Enterprise(code, "淮安市安达精细化工有限公司", "周某", "江苏省淮安市淮阴区化工园区纬二路8号", "化学原料和化学制品制造业", "0517-84620000"));
		this.users.register(new NewUser("ebt" + first17.substring(8), "孙经办", "demo", Set.of(Role.ENTERPRISE),
				Optional.empty(), Optional.of(code), Optional.empty(), Optional.empty()));
		return code.value();
	}

	private Page signedIn(BrowserContext context, String username) {
		Page page = context.newPage();
		Chromium.signIn(page, this.port, username);
		return page;
	}

	private static void assertNoSidewaysScroll(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

	private BrowserContext desk() {
		return this.chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	private BrowserContext phone() {
		return this.chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
	}

}
