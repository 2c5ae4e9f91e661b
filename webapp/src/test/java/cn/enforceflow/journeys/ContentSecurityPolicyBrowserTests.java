package cn.enforceflow.journeys;

import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.identity.Role;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page works under its Content Security Policy in a real browser: no script, style
 * or image of ours is refused, and the case diagram (bpmn-js) still draws.
 */
@FullApplication
class ContentSecurityPolicyBrowserTests {

	/** Records the browser's CSP refusals before any script of the page runs. */
	private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', function (e) {"
			+ " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber); });";

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	InboxFixture fixture;

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
	void ourPagesRunUnderThePolicyWithoutRefusals() {
		DepartmentCode department = this.fixture.department("CSPX", "安全策略测试局");
		this.fixture.user("cspx.d1", "策略受理", Role.DISPATCHER, department);
		String invitation = this.fixture.submit(department);
		try (BrowserContext context = browser.newContext()) {
			context.addInitScript(RECORD_VIOLATIONS);
			Page page = context.newPage();
			List<String> console = new ArrayList<>();
			page.onConsoleMessage((message) -> console.add(message.text()));
			Chromium.signIn(page, this.port, "admin");
			List<String> refused = new ArrayList<>();
			for (String path : List.of("/", "/tasks", "/notifications", "/admin/audit", "/admin/calendar",
					"/admin/deadlines", "/public/inspection-items", "/cases/" + invitation)) {
				page.navigate(Chromium.url(this.port, path));
				if (path.startsWith("/cases/")) {
					assertThat(page.getByTestId("case-diagram")).hasAttribute("data-rendered", "true");
				}
				refused.addAll(violations(page, path));
			}
			page.screenshot(Chromium.screenshot("csp-case"));
			assertThat(refused).as("CSP refusals; console: " + console).isEmpty();

			// the recorder works: an inline style attribute is refused and recorded
			page.evaluate("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
			assertThat(violations(page, "canary")).singleElement()
				.satisfies((violation) -> assertThat(violation).contains("style-src"));
		}
	}

	@Test
	void apiDocumentationAndTheEngineConsolesWorkUnderTheirPolicies() {
		try (BrowserContext context = browser.newContext()) {
			context.addInitScript(RECORD_VIOLATIONS);
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "admin");

			page.navigate(Chromium.url(this.port, "/swagger-ui/index.html"));
			assertThat(page.locator(".swagger-ui .info .title")).isVisible();
			List<String> refused = new ArrayList<>(violations(page, "swagger-ui"));

			// Camunda writes its own policy for its consoles; ours stays out of the way
			page.navigate(Chromium.url(this.port, "/camunda/app/cockpit/default/"));
			assertThat(page.locator(".processes-dashboard, [cam-widget-header], .ctn-header").first()).isVisible();
			refused.addAll(violations(page, "cockpit"));
			page.screenshot(Chromium.screenshot("csp-cockpit"));
			assertThat(refused).isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> violations(Page page, String path) {
		List<Object> found = (List<Object>) page.evaluate("window.__cspViolations || []");
		return found.stream().map((v) -> path + ": " + v).toList();
	}

}
