package cn.enforceflow.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import cn.enforceflow.FullApplication;
import cn.enforceflow.calendar.WorkingCalendar;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 邀约式执法检查 as its people walk it in Chromium, through the pages only: the enterprise
 * invites 应急管理局, the dispatcher accepts with a team, the lead officer proposes a date
 * and, on a phone, records a hazard; the enterprise rectifies, is sent back once,
 * rectifies again, and rates the service. Screenshots of every step.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationBrowserTests {

	private static final String HAZARD_ITEM = "YJJ-JC-006";

	private Chromium chromium;

	@Autowired
	Clock clock;

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

	@Test
	void theWholeInvitationThroughThePages() {
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		String trackingNumber;

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "enterprise1");
			page.getByTestId("nav-invitations").click();
			page.getByTestId("new-invitation").click();
			page.selectOption("#department", "YJJ");
			page.getByTestId("choose-department").click();
			page.check("input[name=itemCodes][value=YJJ-JC-001]");
			page.check("input[name=itemCodes][value=" + HAZARD_ITEM + "]");
			page.fill("#description", "新建储罐区投用前请求检查指导");
			page.screenshot(Chromium.screenshot("invitation-1-submit"));
			page.getByTestId("submit-invitation").click();
			assertThat(page.getByTestId("submitted")).containsText("受理编号 YY-");
			trackingNumber = page.getByTestId("progress-heading").locator(".mono").textContent().strip();
			assertThat(page.getByTestId("invitation-status")).hasText("待受理");
			page.screenshot(Chromium.screenshot("invitation-2-progress"));
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "dispatcher1");
			page.getByTestId("nav-tasks").click();
			page.getByTestId("tab-group").click();
			page.getByTestId("inbox")
				.locator("tr", new Locator.LocatorOptions().setHasText(trackingNumber))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("受理邀约"))
				.click();
			assertThat(page.getByTestId("combined-visit")).containsText("本年度");
			page.check("input[name=decision][value=ACCEPT]");
			page.selectOption("select[name=leadOfficer]", "officer1");
			page.selectOption("select[name=secondOfficer]", "officer2");
			page.screenshot(Chromium.screenshot("invitation-3-accept"));
			submit(page);
		}

		try (BrowserContext desk = desk()) {
			Page page = doNext(desk, "officer1", trackingNumber, "拟定检查时间");
			page.fill("input[name=visitDate]", today.plusDays(1).toString());
			submit(page);
		}

		try (BrowserContext desk = desk()) {
			Page page = doNext(desk, "enterprise1", trackingNumber, "确认检查时间");
			page.check("input[name=accepted][value=true]");
			submit(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = doNext(phone, "officer1", trackingNumber, "记录检查结果");
			// a photo of the site, taken on the phone, goes with the record
			page.setInputFiles("#upload-files", photo());
			page.getByTestId("upload-submit").click();
			assertThat(page.getByTestId("files-notice")).isVisible();
			assertThat(page.getByTestId("attachment-list")).containsText("储罐区入口.png");
			page.check("input[name='findings[YJJ-JC-001].compliant'][value=true]");
			row(page, "compliant").check();
			page.fill("textarea[name='findings[" + HAZARD_ITEM + "].description']", "储罐区入口未设置安全警示标志");
			page.selectOption("select[name='findings[" + HAZARD_ITEM + "].level']", "GENERAL");
			page.fill("input[name='findings[" + HAZARD_ITEM + "].legalBasis']", "《中华人民共和国安全生产法》第三十五条");
			page.fill("textarea[name='findings[" + HAZARD_ITEM + "].advice']", "在储罐区入口醒目位置设置安全警示标志");
			page.fill("input[name='findings[" + HAZARD_ITEM + "].deadline']", today.plusDays(10).toString());
			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
			page.screenshot(Chromium.screenshot("invitation-4-inspection-phone"));
			submit(page);
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "enterprise1");
			page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
			assertThat(page.getByTestId("case-documents")).containsText("检查记录");
			assertThat(page.getByTestId("case-documents")).containsText("整改建议书");
			assertThat(page.getByTestId("attachment-list")).containsText("储罐区入口.png");
			page.screenshot(Chromium.screenshot("invitation-4b-documents"));
		}

		rectify(trackingNumber, "已在入口张贴警示标志", "invitation-5-rectify");

		try (BrowserContext desk = desk()) {
			Page page = doNext(desk, "officer1", trackingNumber, "复查整改");
			page.check("input[name='hazards[" + HAZARD_ITEM + "].accepted'][value=false]");
			page.fill("textarea[name='hazards[" + HAZARD_ITEM + "].reason']", "标志位置不醒目，请移至入口正上方");
			page.fill("input[name='hazards[" + HAZARD_ITEM + "].newDeadline']", today.plusDays(15).toString());
			page.screenshot(Chromium.screenshot("invitation-6-send-back"));
			submit(page);
		}

		rectify(trackingNumber, "已将警示标志移至入口正上方", "invitation-7-rectify-again");

		try (BrowserContext desk = desk()) {
			Page page = doNext(desk, "officer1", trackingNumber, "复查整改");
			page.check("input[name='hazards[" + HAZARD_ITEM + "].accepted'][value=true]");
			submit(page);
		}

		try (BrowserContext desk = desk()) {
			Page page = doNext(desk, "enterprise1", trackingNumber, "评价服务");
			page.check("input[name=rated][value=true]");
			page.fill("input[name=score]", "5");
			page.fill("textarea[name=comment]", "指导细致，整改要求明确");
			submit(page);
			page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
			assertThat(page.getByTestId("invitation-status")).hasText("已办结");
			Locator hazard = page.locator("[data-testid=finding][data-item=" + HAZARD_ITEM + "]");
			assertThat(hazard).containsText("已整改");
			assertThat(hazard).containsText("第 2 轮");
			assertThat(hazard).containsText("标志位置不醒目");
			assertThat(page.getByTestId("steps")).containsText("复查整改");
			page.screenshot(Chromium.screenshot("invitation-8-closed"));
			page.getByTestId("full-timeline").click();
			assertThat(page.getByTestId("case-diagram")).hasAttribute("data-rendered", "true");
			assertThat(page.getByTestId("case-state")).hasText("已办结");
			page.screenshot(Chromium.screenshot("invitation-9-timeline"));
		}
	}

	private void rectify(String trackingNumber, String text, String screenshot) {
		try (BrowserContext desk = desk()) {
			Page page = doNext(desk, "enterprise1", trackingNumber, "报告整改情况");
			page.fill("textarea[name='hazards[" + HAZARD_ITEM + "].description']", text);
			page.screenshot(Chromium.screenshot(screenshot));
			submit(page);
		}
	}

	/** The hazard row's "不合规" answer. */
	private static Locator row(Page page, String field) {
		return page.locator("input[name='findings[" + HAZARD_ITEM + "]." + field + "'][value=false]");
	}

	/** Signs in and opens the step from the invitation's progress page (去办理). */
	private Page doNext(BrowserContext context, String username, String trackingNumber, String step) {
		Page page = signedIn(context, username);
		page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
		Locator next = page.getByTestId("next").locator("li", new Locator.LocatorOptions().setHasText(step));
		next.getByTestId("do-next").click();
		assertThat(page.getByTestId("task-heading")).hasText(step);
		return page;
	}

	private static void submit(Page page) {
		page.getByTestId("submit-task").click();
		assertThat(page.getByTestId("flash")).containsText("已提交");
		assertThat(page).hasURL(Pattern.compile(".*/tasks$"));
	}

	private Page signedIn(BrowserContext context, String username) {
		Page page = context.newPage();
		Chromium.signIn(page, this.port, username);
		return page;
	}

	/** A picture as a phone would upload it. */
	private static java.nio.file.Path photo() {
		try {
			java.nio.file.Path file = Chromium.SCREENSHOTS.resolveSibling("tmp").resolve("储罐区入口.png");
			java.nio.file.Files.createDirectories(file.getParent());
			return java.nio.file.Files.write(file, cn.enforceflow.documents.SampleFiles.png());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private BrowserContext desk() {
		return this.chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	private BrowserContext phone() {
		return this.chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));
	}

}
