package cn.enforceflow.journeys;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import cn.enforceflow.FullApplication;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo user signs in through the Chinese sign-in page in a real (headless) Chromium
 * and lands on the home page of their role; screenshots go to {@code target/screenshots}.
 */
@FullApplication
class HomePagesBrowserTests {

	private static final List<String[]> USERS = List.of(new String[] { "enterprise1", "ENTERPRISE" },
			new String[] { "enterprise2", "ENTERPRISE" }, new String[] { "dispatcher1", "DISPATCHER" },
			new String[] { "dispatcher2", "DISPATCHER" }, new String[] { "officer1", "OFFICER" },
			new String[] { "officer2", "OFFICER" }, new String[] { "officer3", "OFFICER" },
			new String[] { "legal1", "LEGAL_REVIEWER" }, new String[] { "head1", "DEPT_HEAD" },
			new String[] { "supervisor1", "SUPERVISOR" }, new String[] { "supervisor2", "SUPERVISOR" },
			new String[] { "bureauhead1", "BUREAU_HEAD" }, new String[] { "inspector1", "DISCIPLINE_INSPECTOR" },
			new String[] { "admin", "ADMIN" });

	private static Chromium chromium;

	private static Browser browser;

	private static Properties messages;

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@BeforeAll
	static void launchChromium() throws Exception {
		chromium = Chromium.launch();
		browser = chromium.browser();
		messages = new Properties();
		try (InputStreamReader reader = new InputStreamReader(
				new ClassPathResource("messages.properties").getInputStream(), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void everyDemoUserSignsInInChineseAndSeesTheHomePageOfTheirRole() throws Exception {
		for (String[] user : USERS) {
			try (BrowserContext context = browser
				.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
				Page page = context.newPage();
				signIn(page, user[0]);

				assertThat(page.getByTestId("home-heading")).hasText(messages.getProperty("home.heading." + user[1]));
				assertThat(page.getByTestId("current-user")).containsText(messages.getProperty("role." + user[1]));
				page.screenshot(
						new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("home-" + user[0] + ".png"))
							.setFullPage(true));
			}
		}
	}

	@Test
	void homePagesFitAPhoneScreen() {
		for (String username : List.of("officer1", "enterprise1", "supervisor1")) {
			try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
				.setDeviceScaleFactor(2)
				.setIsMobile(true)
				.setHasTouch(true))) {
				Page page = context.newPage();
				signIn(page, username);

				Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
				assertThat(((Number) overflow).intValue()).as(username + " scrolls sideways").isLessThanOrEqualTo(0);
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(Chromium.SCREENSHOTS.resolve("home-" + username + "-phone.png"))
					.setFullPage(true));
			}
		}
	}

	@Test
	void onAPhoneTheMenuButtonOpensTheLinksAsAList() {
		for (String username : List.of("officer1", "enterprise1", "admin")) {
			this.notifications.markAllRead(username);
			this.notifications.notify(List.of(username),
					new Notice("GENERAL", "notification.title", List.of(), "/notifications"));
			try (BrowserContext context = phone(true)) {
				Page page = context.newPage();
				signIn(page, username);
				Locator menu = page.getByTestId("menu-button");

				assertThat(page.getByTestId("notifications-bell")).isVisible();
				assertThat(page.getByTestId("notifications-bell")).containsText("1");
				assertThat(page.getByTestId("notifications-bell")).hasAttribute("aria-label", "通知（1 条未读）");
				assertThat(menu).isVisible();
				assertThat(menu).hasAttribute("aria-expanded", "false");
				assertThat(menu).hasAttribute("aria-controls", "site-nav");
				assertThat(page.getByTestId("nav-tasks")).isHidden();
				assertThat(page.getByTestId("menu-fallback")).hasCount(0);
				Object barHeight = page.evaluate("document.querySelector('.topbar').getBoundingClientRect().height");
				assertThat(((Number) barHeight).doubleValue()).as(username + "'s bar is one row").isLessThan(70);
				page.screenshot(Chromium.screenshot("menu-" + username + "-phone-closed"));

				menu.click();
				assertThat(menu).hasAttribute("aria-expanded", "true");
				for (String link : List.of("nav-tasks", "nav-invitations", "nav-documents", "notifications-link",
						"current-user")) {
					assertThat(page.getByTestId(link)).isVisible();
				}
				assertThat(page.locator("#site-nav")).containsText(messages.getProperty("nav.signOut"));
				assertThat(page.locator("#site-nav")).containsText(messages.getProperty("lang.switch"));
				Object left = page.evaluate("[...document.querySelectorAll('#site-nav > a')]"
						+ ".map((a) => Math.round(a.getBoundingClientRect().left))"
						+ ".filter((x, i, all) => all.indexOf(x) === i).length");
				assertThat(((Number) left).intValue()).as("the links are one column").isEqualTo(1);
				assertNoSidewaysScroll(page, username);
				page.screenshot(Chromium.screenshot("menu-" + username + "-phone-open"));

				page.keyboard().press("Escape");
				assertThat(menu).hasAttribute("aria-expanded", "false");
				assertThat(page.getByTestId("nav-tasks")).isHidden();
				assertThat(menu).isFocused();

				page.navigate(url("/?lang=en"));
				assertThat(page.locator(".topbar .brand-short")).hasText("EnforceFlow");
				assertThat(page.locator(".topbar .brand-name")).isHidden();
				Chromium.openMenu(page);
				assertThat(page.locator("#site-nav")).containsText("Sign out");
				assertNoSidewaysScroll(page, username);
				page.screenshot(Chromium.screenshot("menu-" + username + "-phone-en"));
				page.getByTestId("nav-tasks").click();
				page.waitForURL(url("/tasks"));
				assertThat(page.getByTestId("menu-button")).hasAttribute("aria-expanded", "false");
				page.navigate(url("/?lang=zh_CN"));
			}
		}
	}

	@Test
	void withoutScriptsTheMenuOpensAsADisclosure() {
		try (BrowserContext context = phone(false)) {
			Page page = context.newPage();
			signIn(page, "officer1");

			assertThat(page.getByTestId("menu-button")).isHidden();
			assertThat(page.getByTestId("nav-tasks")).isHidden();
			page.getByTestId("menu-fallback").click();

			assertThat(page.getByTestId("nav-tasks")).isVisible();
			assertThat(page.getByTestId("current-user")).isVisible();
			page.screenshot(Chromium.screenshot("menu-officer1-phone-noscript"));
			page.getByTestId("nav-documents").click();
			page.waitForURL(url("/documents"));
		}
	}

	@Test
	void atDeskWidthTheBarShowsEveryLinkInARow() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = context.newPage();
			signIn(page, "officer1");

			assertThat(page.getByTestId("menu-button")).isHidden();
			assertThat(page.getByTestId("notifications-bell")).isHidden();
			Object tops = page.evaluate("[...document.querySelectorAll('#site-nav > a, #site-nav > .who')]"
					+ ".map((a) => Math.round(a.getBoundingClientRect().top))"
					+ ".filter((y, i, all) => all.indexOf(y) === i).length");
			assertThat(((Number) tops).intValue()).as("one row of links").isEqualTo(1);
			Chromium.openMenu(page);
			page.getByTestId("nav-invitations").click();
			page.waitForURL(url("/invitations"));
		}
	}

	@Test
	void signInPageIsChineseAndSaysWhenThePasswordIsWrong() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
			assertThat(page.locator("h1")).hasText("用户登录");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("login.png")));

			page.fill("#username", "officer1");
			page.fill("#password", "wrong");
			page.click("button[type=submit]");

			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).hasText("用户名或密码错误，请重新输入。");
		}
	}

	private static BrowserContext phone(boolean scripts) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(scripts));
	}

	private static void assertNoSidewaysScroll(Page page, String username) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as(username + " scrolls sideways").isLessThanOrEqualTo(0);
	}

	private void signIn(Page page, String username) {
		Chromium.signIn(page, this.port, username);
	}

	private String url(String path) {
		return Chromium.url(this.port, path);
	}

}
