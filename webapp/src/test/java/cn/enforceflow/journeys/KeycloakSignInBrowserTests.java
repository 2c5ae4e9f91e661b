package cn.enforceflow.journeys;

import java.util.regex.Pattern;

import cn.enforceflow.KeycloakApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in on Keycloak's own sign-in page, in Chromium, and land on their home
 * page; the Swagger UI reads the API's document with that sign-in; the administrator
 * reaches Camunda's consoles with the same sign-in; signing out ends the Keycloak session
 * too. Screenshots go to {@code target/screenshots}.
 */
class KeycloakSignInBrowserTests extends KeycloakApplication {

	private static Chromium chromium;

	private static Browser browser;

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
	void anOfficerSignsInOnKeycloaksPageAndSignsOutOfBoth() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();

			page.navigate(baseUrl() + "/");
			page.waitForURL(keycloak().url() + "/**");
			// in our language, not the browser's (English here)
			assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
			page.screenshot(Chromium.screenshot("keycloak-sign-in"));
			signIn(page, "officer1");

			assertThat(page.locator("h1")).containsText("执法人员工作台");
			assertThat(page.getByTestId("current-user")).containsText("刘洋");
			assertThat(page.locator("body")).containsText("应急管理局");
			page.screenshot(Chromium.screenshot("keycloak-officer-home"));

			Response refused = page.navigate(baseUrl() + "/admin/audit");
			assertThat(refused.status()).isEqualTo(403);

			page.navigate(baseUrl() + "/");
			page.getByText("退出登录").click();
			page.waitForURL(baseUrl() + "/login?logout");
			assertThat(page.locator("body")).containsText("您已安全退出");
			page.navigate(baseUrl() + "/");
			page.waitForURL(keycloak().url() + "/**");
			assertThat(page.locator("#username")).isVisible();
		}
	}

	@Test
	void anotherEnterpriseSeesItsOwnCompany() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/");
			page.waitForURL(keycloak().url() + "/**");
			signIn(page, "enterprise2");

			assertThat(page.locator("body")).containsText("淮安市清源食品有限公司");
			assertThat(page.locator("body")).not().containsText("淮安市恒达化工有限公司");
		}
	}

	@Test
	void theSwaggerUiReadsTheApiDocumentationWithTheKeycloakSession() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/swagger-ui.html");
			page.waitForURL(keycloak().url() + "/**");
			signIn(page, "enterprise2");
			page.navigate(baseUrl() + "/swagger-ui/index.html");

			// the page's script fetched /v3/api-docs with the session the sign-in started
			assertThat(page.locator(".swagger-ui .info .title")).isVisible();
			assertThat(page.locator(".opblock-summary-path[data-path='/api/me']").first()).isVisible();
			// the bearer scheme it declares
			assertThat(page.locator("button.authorize")).isVisible();
			page.screenshot(Chromium.screenshot("keycloak-swagger-ui"));
		}
	}

	@Test
	void theAdministratorReachesTheEngineConsolesWithTheSameSignIn() {
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/camunda/app/admin/keycloak/");
			page.waitForURL(keycloak().url() + "/**");
			signIn(page, "admin");
			page.waitForURL(baseUrl() + "/camunda/app/admin/keycloak/**");
			page.navigate(baseUrl() + "/camunda/app/admin/keycloak/#/users");

			// Camunda Admin lists the realm's people, read through the Keycloak plugin
			try {
				assertThat(page.getByText("officer3").first())
					.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			}
			finally {
				page.screenshot(Chromium.screenshot("keycloak-camunda-admin-users"));
			}

			page.navigate(baseUrl() + "/admin/audit");
			assertThat(page.getByTestId("audit-valid")).isVisible();
			// sign-ins are kept apart from the cases' events, in a tab of their own
			page.getByTestId("tab-security").click();
			assertThat(page.getByTestId("audit-entries")).containsText("登录");
		}
	}

	/** Keycloak's sign-in page, as people fill it in. */
	private void signIn(Page page, String username) {
		page.fill("#username", username);
		page.fill("#password", "demo");
		page.click("#kc-login");
		page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + ".*"));
	}

}
