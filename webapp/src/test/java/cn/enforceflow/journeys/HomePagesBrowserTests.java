package cn.enforceflow.journeys;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import cn.enforceflow.FullApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

	private void signIn(Page page, String username) {
		Chromium.signIn(page, this.port, username);
	}

	private String url(String path) {
		return Chromium.url(this.port, path);
	}

}
