package cn.enforceflow.journeys;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

	@Autowired
	RuntimeService runtime;

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
		startInvitationSubmittedOn("2026-02-13T10:00:00", "YY-2026-JOURNEY1");
		this.notifications.notify(List.of("dispatcher1"), new Notice("DEADLINE_REMINDER",
				"notification.deadline.reminder", List.of("受理邀约", "YY-2026-JOURNEY1", "2026-02-24 23:59"), "/"));

		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "dispatcher1");

			Locator row = page.getByTestId("tasks")
				.locator("tr", new Locator.LocatorOptions().setHasText("YY-2026-JOURNEY1"));
			assertThat(row.getByTestId("due")).containsText("2026年2月24日 23:59");
			assertThat(row.getByTestId("due")).containsText("已超期");
			assertThat(row.locator(".due-overdue")).isVisible();
			assertThat(page.getByTestId("unread-count")).isVisible();
			page.screenshot(Chromium.screenshot("tasks-overdue"));

			page.getByTestId("notifications-link").click();
			Locator notice = page.getByTestId("notifications")
				.locator("li", new Locator.LocatorOptions().setHasText("YY-2026-JOURNEY1"));
			assertThat(notice).containsText("“受理邀约”（业务编号 YY-2026-JOURNEY1）将于 2026-02-24 23:59 到期");
			assertThat(notice).hasClass(java.util.regex.Pattern.compile("unread"));
			page.screenshot(Chromium.screenshot("notifications"));

			notice.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(page.getByTestId("notifications")
				.locator("li", new Locator.LocatorOptions().setHasText("YY-2026-JOURNEY1"))).not()
				.hasClass(java.util.regex.Pattern.compile("unread"));

			page.navigate(Chromium.url(this.port, "/?lang=en"));
			assertThat(page.getByTestId("tasks")
				.locator("tr", new Locator.LocatorOptions().setHasText("YY-2026-JOURNEY1"))
				.getByTestId("due")).containsText("working days overdue");
			page.screenshot(Chromium.screenshot("tasks-overdue-en"));
			page.navigate(Chromium.url(this.port, "/?lang=zh_CN"));
		}
	}

	@Test
	void theTaskListFitsAPhone() {
		startInvitationSubmittedOn("2026-02-13T10:00:00", "YY-2026-JOURNEY2");
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "dispatcher2");

			assertThat(page.getByTestId("tasks")).containsText("YY-2026-JOURNEY2");
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

	private void startInvitationSubmittedOn(String beijingTime, String trackingNumber) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijingTime).atZone(WorkingCalendar.ZONE).toInstant()));
		try {
			this.runtime.startProcessInstanceByKey("invitation", trackingNumber,
					Map.of("departmentCode", "YJJ", "enterpriseGroup", "ENT.91320804746832153E"));
		}
		finally {
			ClockUtil.reset();
		}
	}

}
