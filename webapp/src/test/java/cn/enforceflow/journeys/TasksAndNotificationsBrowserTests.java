package cn.enforceflow.journeys;

import java.time.Instant;
import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.platform.i18n.ProcessTexts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A dispatcher's day as they see it: the overdue task in red at the top of the home page
 * (on a desk, on a phone and in English), the unread count in the header, the
 * notification centre, and marking a notice read. An administrator reads the deadline
 * policies.
 */
@FullApplication
class TasksAndNotificationsBrowserTests {

	private static Chromium chromium;

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	@Autowired
	InboxFixture fixture;

	@Autowired
	Notifications notifications;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launchChromium() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void dispatcherSeesTheOverdueTaskAndReadsTheReminder() {
		String invitation = this.fixture.submitAt("2026-02-13T10:00:00", YJJ);
		this.notifications.notify(List.of("dispatcher1"),
				new Notice("DEADLINE_REMINDER", "notification.deadline.reminder",
						List.of(ProcessTexts.stepLabel("invitation", "UserTask_AcceptInvitation", "受理邀约"), invitation,
								Instant.parse("2026-02-24T15:59:00Z")),
						"/"));

		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "dispatcher1");

			// nobody has claimed it: it waits in the department's queue
			Locator row = page.getByTestId("group-tasks")
				.locator("tr", new Locator.LocatorOptions().setHasText(invitation));
			assertThat(row.getByTestId("due")).containsText("2026年2月24日 23:59");
			assertThat(row.getByTestId("due")).containsText("已超期");
			assertThat(row.locator(".due-overdue")).isVisible();
			assertThat(page.getByTestId("unread-count")).isVisible();
			page.screenshot(Chromium.screenshot("tasks-overdue"));

			page.getByTestId("notifications-link").click();
			Locator notice = page.getByTestId("notifications")
				.locator("li.notice-deadline_reminder", new Locator.LocatorOptions().setHasText(invitation));
			assertThat(notice).containsText("“受理邀约”（业务编号 " + invitation + "）将于 2026年2月24日 23:59 到期");
			assertThat(notice).hasClass(java.util.regex.Pattern.compile("unread"));
			page.screenshot(Chromium.screenshot("notifications"));

			notice.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(page.getByTestId("notifications")
				.locator("li.notice-deadline_reminder", new Locator.LocatorOptions().setHasText(invitation))).not()
				.hasClass(java.util.regex.Pattern.compile("unread"));

			page.navigate(Chromium.url(this.port, "/?lang=en"));
			assertThat(page.getByTestId("group-tasks")
				.locator("tr", new Locator.LocatorOptions().setHasText(invitation))
				.getByTestId("due")).containsText("working days overdue");
			page.screenshot(Chromium.screenshot("tasks-overdue-en"));
			page.navigate(Chromium.url(this.port, "/notifications"));
			assertThat(page.getByTestId("notifications")
				.locator("li.notice-deadline_reminder", new Locator.LocatorOptions().setHasText(invitation)))
				.containsText("\"Accept the invitation\" (case " + invitation + ") is due on February 24, 2026 23:59.");
			page.navigate(Chromium.url(this.port, "/?lang=zh_CN"));
		}
	}

	@Test
	void theTaskListFitsAPhone() {
		String invitation = this.fixture.submitAt("2026-02-13T10:00:00", YJJ);
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "dispatcher2");

			assertThat(page.getByTestId("group-tasks")).containsText(invitation);
			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
			page.screenshot(Chromium.screenshot("tasks-phone"));
		}
	}

	@Test
	void administratorReadsTheDeadlinePolicies() {
		try (BrowserContext context = chromium.browser().newContext()) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");
			page.navigate(Chromium.url(this.port, "/admin/deadlines"));

			assertThat(page.getByTestId("deadlines-heading")).isVisible();
			assertThat(page.locator("body")).containsText("invitation.accept");
			page.screenshot(Chromium.screenshot("deadline-policies"));
		}
	}

}
