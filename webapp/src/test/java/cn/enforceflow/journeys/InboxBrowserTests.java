package cn.enforceflow.journeys;

import java.util.regex.Pattern;

import cn.enforceflow.FullApplication;
import cn.enforceflow.identity.Role;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The inbox as its users walk it in Chromium: a dispatcher claims an invitation from the
 * department queue and transfers it to a colleague, who accepts it; the lead officer
 * sends the date proposal back with a reason; the case's timeline shows it all, on the
 * diagram and in the list, on a desk and on a phone.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxBrowserTests {

	private Chromium chromium;

	@Autowired
	InboxFixture fixture;

	@LocalServerPort
	int port;

	DepartmentCode department;

	@BeforeAll
	void launch() {
		this.chromium = Chromium.launch();
		this.department = this.fixture.department("IBXB", "浏览器测试局");
		this.fixture.user("ibxb.d1", "王受理", Role.DISPATCHER, this.department);
		this.fixture.user("ibxb.d2", "李受理", Role.DISPATCHER, this.department);
		this.fixture.user("ibxb.o1", "赵执法", Role.OFFICER, this.department);
		this.fixture.user("ibxb.o2", "钱执法", Role.OFFICER, this.department);
	}

	@AfterAll
	void close() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void claimTransferReturnAndFollowTheCase() {
		String invitation = this.fixture.submit(this.department);

		try (BrowserContext desk = desk()) {
			Page page = desk.newPage();
			Chromium.signIn(page, this.port, "ibxb.d1");
			page.getByTestId("nav-tasks").click();
			page.getByTestId("tab-group").click();
			Locator row = page.getByTestId("inbox").locator("tr", new Locator.LocatorOptions().setHasText(invitation));
			assertThat(row).containsText("受理邀约");
			assertThat(row).containsText("浏览器测试局 · 受理派单人");
			page.screenshot(Chromium.screenshot("inbox-group-queue"));

			row.getByTestId("claim").click();
			assertThat(page.getByTestId("flash")).containsText("已认领");
			assertThat(page.getByTestId("task-heading")).hasText("受理邀约");
			assertThat(page.getByTestId("holder")).containsText("王受理");
			page.screenshot(Chromium.screenshot("inbox-task-claimed"));

			page.selectOption("#transfer-to", "ibxb.d2");
			page.fill("#transfer-reason", "本周外出检查，请李受理办理");
			page.getByTestId("transfer").click();
			assertThat(page.getByTestId("flash")).containsText("已转办");
			assertThat(page.getByTestId("inbox-tabs")).isVisible();
		}

		try (BrowserContext desk = desk()) {
			Page page = desk.newPage();
			Chromium.signIn(page, this.port, "ibxb.d2");
			page.navigate(Chromium.url(this.port, "/tasks"));
			Locator row = page.getByTestId("inbox").locator("tr", new Locator.LocatorOptions().setHasText(invitation));
			assertThat(row).containsText("受理邀约");
			page.screenshot(Chromium.screenshot("inbox-todo-transferred"));
		}
		// the acceptance form is the invitation workflow's: the engine accepts here
		this.fixture.accept(invitation, "ibxb.d2", "ibxb.o1", "ibxb.o2");

		try (BrowserContext desk = desk()) {
			Page page = desk.newPage();
			Chromium.signIn(page, this.port, "ibxb.o1");
			page.navigate(Chromium.url(this.port, "/tasks"));
			page.getByTestId("inbox")
				.locator("tr", new Locator.LocatorOptions().setHasText(invitation))
				.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
						new Locator.GetByRoleOptions().setName("拟定检查时间"))
				.click();
			assertThat(page.getByTestId("return-form")).containsText("退回至“受理邀约”，由 李受理 重新办理");
			page.fill("#return-reason", "钱执法本周外出培训，请重新指派协办人员");
			page.screenshot(Chromium.screenshot("inbox-task-return"));
			page.getByTestId("return").click();
			assertThat(page.getByTestId("flash")).containsText("已退回上一环节");

			page.getByTestId("tab-done").click();
			assertThat(page.getByTestId("inbox").locator("tr", new Locator.LocatorOptions().setHasText(invitation)))
				.containsText("已退回");
		}

		try (BrowserContext desk = desk()) {
			Page page = desk.newPage();
			Chromium.signIn(page, this.port, "ibxb.d2");
			page.navigate(Chromium.url(this.port, "/cases/" + invitation));
			assertThat(page.getByTestId("case-diagram")).hasAttribute("data-rendered", "true");
			assertThat(page.locator("#case-diagram .ef-current")).not().hasCount(0);
			assertThat(page.locator("#case-diagram .ef-done")).not().hasCount(0);
			Locator steps = page.getByTestId("step");
			assertThat(steps).hasCount(3);
			assertThat(steps.nth(0)).containsText("李受理");
			assertThat(steps.nth(0)).containsText("转办给 李受理");
			assertThat(steps.nth(0)).containsText("本周外出检查");
			assertThat(steps.nth(0).getByTestId("step-decision")).containsText("检查组");
			assertThat(steps.nth(1)).containsText("已退回");
			assertThat(steps.nth(1)).containsText("钱执法本周外出培训");
			assertThat(steps.nth(2)).hasClass(Pattern.compile("step-open"));
			page.screenshot(Chromium.screenshot("case-timeline"));
		}

		try (BrowserContext phone = this.chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
			Page page = phone.newPage();
			Chromium.signIn(page, this.port, "ibxb.d2");
			page.navigate(Chromium.url(this.port, "/tasks"));
			assertThat(page.getByTestId("inbox")).containsText(invitation);
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("inbox-phone"));
			page.navigate(Chromium.url(this.port, "/cases/" + invitation));
			assertThat(page.getByTestId("case-diagram")).hasAttribute("data-rendered", "true");
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("case-timeline-phone"));
		}
	}

	private BrowserContext desk() {
		return this.chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	private static void assertNoSidewaysScroll(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

}
