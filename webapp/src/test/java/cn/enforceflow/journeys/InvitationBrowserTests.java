package cn.enforceflow.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.documents.SampleFiles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 邀约式执法检查 as its people walk it in Chromium, through the pages only, each told of their
 * next step in the notification centre: the enterprise invites 应急管理局, the dispatcher
 * accepts with a team, the lead officer proposes a date, the enterprise asks for another
 * and the officer adopts it; on the day of the visit the officer records a hazard on a
 * phone, a photo taken on site uploaded without losing what was typed; the enterprise
 * rectifies, is sent back once, rectifies again, and rates the service; the progress page
 * tells what each step decided. Screenshots of every step, at desk and phone width.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationBrowserTests {

	private static final String HAZARD_ITEM = "YJJ-JC-006";

	private static final String HAZARD = "储罐区入口未设置安全警示标志";

	private Chromium chromium;

	@Autowired
	WorkingCalendar calendar;

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
	void theWholeInvitationThroughThePages() {
		LocalDate today = TestClock.today();
		LocalDate proposed = this.calendar.addWorkingDays(today, 2);
		LocalDate visit = this.calendar.addWorkingDays(today, 3);
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
			page.screenshot(Chromium.screenshot("invitation-01-submit"));
			page.getByTestId("submit-invitation").click();
			assertThat(page.getByTestId("submitted")).containsText("受理编号 YY-");
			trackingNumber = page.getByTestId("progress-heading").locator(".mono").textContent().strip();
			assertThat(page.getByTestId("invitation-status")).hasText("待受理");
			assertThat(page.getByTestId("withdraw-form")).isVisible();
			page.screenshot(Chromium.screenshot("invitation-02-progress"));
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "dispatcher1");
			notified(page, trackingNumber, "“受理邀约”（业务编号 " + trackingNumber + "）待您所在的组领取办理");
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
			page.screenshot(Chromium.screenshot("invitation-03-accept"));
			submit(page, "检查组：刘洋（主办）、赵磊（协办）");
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "officer1");
			notified(page, trackingNumber, "“拟定检查时间”（业务编号 " + trackingNumber + "）已交由您办理");
			doNext(page, trackingNumber, "拟定检查时间");
			page.check("input[name=decision][value=PROPOSE]");
			page.fill("input[name=visitDate]", proposed.toString());
			submit(page, "已拟定检查日期");
		}

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "enterprise1");
			notified(page, trackingNumber, "贵企业有一项待办：“确认检查时间”（业务编号 " + trackingNumber + "）");
			doNext(page, trackingNumber, "确认检查时间");
			page.check("input[name=answer][value=COUNTER_PROPOSE]");
			page.fill("input[name=alternativeDate]", visit.toString());
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("invitation-04-counter-proposal-phone"));
			submit(page, "已另提检查日期");
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "officer1");
			doNext(page, trackingNumber, "回复企业另提日期");
			page.check("input[name=decision][value=ADOPT]");
			page.screenshot(Chromium.screenshot("invitation-05-adopt"));
			submit(page, "已采纳企业提出的日期");
		}

		// the day of the visit: the lead officer records it on site, on a phone
		TestClock.travelTo(visit);
		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "officer1");
			doNext(page, trackingNumber, "记录检查结果");
			page.selectOption("select[name=companion]", "officer2");
			page.check("input[name='findings[YJJ-JC-001].compliant'][value=true]");
			page.check("input[name='findings[" + HAZARD_ITEM + "].compliant'][value=false]");
			page.fill("textarea[name='findings[" + HAZARD_ITEM + "].description']", HAZARD);
			page.selectOption("select[name='findings[" + HAZARD_ITEM + "].level']", "GENERAL");
			page.fill("input[name='findings[" + HAZARD_ITEM + "].legalBasis']", "《中华人民共和国安全生产法》第三十五条");
			page.fill("textarea[name='findings[" + HAZARD_ITEM + "].advice']", "在储罐区入口醒目位置设置安全警示标志");
			page.fill("input[name='findings[" + HAZARD_ITEM + "].deadline']", visit.plusDays(10).toString());
			// a photo of the site goes with the record; what was typed above stays
			page.setInputFiles("#upload-files", photo());
			page.getByTestId("upload-submit").click();
			assertThat(page.getByTestId("files-notice")).isVisible();
			assertThat(page.getByTestId("attachment-list")).containsText("储罐区入口.png");
			assertThat(page.locator("textarea[name='findings[" + HAZARD_ITEM + "].description']")).hasValue(HAZARD);
			assertThat(page.locator("select[name=companion]")).hasValue("officer2");
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("invitation-06-inspection-phone").setFullPage(true));
			submit(page, "发现隐患 1 项");
		}

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "enterprise1");
			notified(page, trackingNumber, "（业务编号 " + trackingNumber + "）已电子送达");
			page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
			assertThat(page.getByTestId("case-documents")).containsText("检查记录");
			assertThat(page.getByTestId("case-documents")).containsText("整改建议书");
			assertThat(page.getByTestId("attachment-list")).containsText("储罐区入口.png");
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("invitation-07-documents-phone").setFullPage(true));
		}

		rectify(trackingNumber, "已在入口张贴警示标志", "invitation-08-rectify");

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "officer1");
			doNext(page, trackingNumber, "复查整改");
			page.check("input[name='hazards[" + HAZARD_ITEM + "].accepted'][value=false]");
			page.fill("textarea[name='hazards[" + HAZARD_ITEM + "].reason']", "标志位置不醒目，请移至入口正上方");
			page.fill("input[name='hazards[" + HAZARD_ITEM + "].newDeadline']", visit.plusDays(15).toString());
			page.screenshot(Chromium.screenshot("invitation-09-send-back"));
			submit(page, "退回整改 1 项");
		}

		rectify(trackingNumber, "已将警示标志移至入口正上方", "invitation-10-rectify-again");

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "officer1");
			doNext(page, trackingNumber, "复查整改");
			page.check("input[name='hazards[" + HAZARD_ITEM + "].accepted'][value=true]");
			submit(page, "整改到位 1 项");
		}

		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "enterprise1");
			doNext(page, trackingNumber, "评价服务");
			page.check("input[name=rated][value=true]");
			page.fill("input[name=score]", "5");
			page.fill("textarea[name=comment]", "指导细致，整改要求明确");
			submit(page, "感谢您的评价");
			page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
			assertThat(page.getByTestId("invitation-status")).hasText("已办结");
			Locator hazard = page.locator("[data-testid=finding][data-item=" + HAZARD_ITEM + "]");
			assertThat(hazard).containsText("已整改");
			assertThat(hazard).containsText("第 2 轮");
			assertThat(hazard).containsText("标志位置不醒目");
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("invitation-11-closed-phone").setFullPage(true));
		}

		try (BrowserContext desk = desk()) {
			Page page = signedIn(desk, "enterprise1");
			page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
			Locator steps = page.getByTestId("steps");
			assertThat(stepOf(steps, "UserTask_AcceptInvitation")).containsText("检查组：刘洋（主办）、赵磊（协办）");
			assertThat(stepOf(steps, "UserTask_ConfirmVisitDate")).containsText("企业另提日期");
			assertThat(stepOf(steps, "UserTask_RecordInspection")).containsText("发现隐患 1 项");
			assertThat(steps.locator("[data-task-key=UserTask_VerifyRectification]").first()).containsText("退回重新整改");
			assertThat(stepOf(steps, "UserTask_RateService")).containsText("服务评分：5 分");
			page.screenshot(Chromium.screenshot("invitation-12-closed").setFullPage(true));
			page.getByTestId("full-timeline").click();
			assertThat(page.getByTestId("case-diagram")).hasAttribute("data-rendered", "true");
			assertThat(page.getByTestId("case-state")).hasText("已办结");
			page.screenshot(Chromium.screenshot("invitation-13-timeline"));
		}
	}

	private void rectify(String trackingNumber, String text, String screenshot) {
		try (BrowserContext phone = phone()) {
			Page page = signedIn(phone, "enterprise1");
			doNext(page, trackingNumber, "报告整改情况");
			page.fill("textarea[name='hazards[" + HAZARD_ITEM + "].description']", text);
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot(screenshot + "-phone").setFullPage(true));
			submit(page, "已报告 1 项隐患的整改情况");
		}
	}

	private static Locator stepOf(Locator steps, String taskKey) {
		return steps.locator("[data-task-key=" + taskKey + "]").last();
	}

	/** The person's notification centre tells them of the step waiting for them. */
	private void notified(Page page, String trackingNumber, String text) {
		page.navigate(Chromium.url(this.port, "/notifications"));
		assertThat(page.getByTestId("notifications")
			.locator("li", new Locator.LocatorOptions().setHasText(trackingNumber))
			.filter(new Locator.FilterOptions().setHasText(text))
			.first()).isVisible();
	}

	/** Opens the step from the invitation's progress page (去办理). */
	private void doNext(Page page, String trackingNumber, String step) {
		page.navigate(Chromium.url(this.port, "/invitations/" + trackingNumber));
		Locator next = page.getByTestId("next").locator("li", new Locator.LocatorOptions().setHasText(step));
		next.getByTestId("do-next").click();
		assertThat(page.getByTestId("task-heading")).hasText(step);
	}

	/** Submits the step's form; the page says what happened and what comes next. */
	private static void submit(Page page, String said) {
		page.getByTestId("submit-task").click();
		assertThat(page.getByTestId("flash")).hasClass(Pattern.compile("alert-ok"));
		assertThat(page.getByTestId("flash")).containsText(said);
		// back on the case's progress page, which now shows the next step
		assertThat(page).hasURL(Pattern.compile(".*/invitations/YY-\\d{4}-\\d{6}$"));
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

	/** A picture as a phone would upload it. */
	private static Path photo() {
		try {
			Path file = Chromium.SCREENSHOTS.resolveSibling("tmp").resolve("储罐区入口.png");
			Files.createDirectories(file.getParent());
			return Files.write(file, SampleFiles.png());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
