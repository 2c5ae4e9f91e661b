package cn.enforceflow.journeys;

import java.nio.charset.StandardCharsets;

import cn.enforceflow.FullApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The violation catalog as its people use it in Chromium: the administrator uploads a
 * department's spreadsheet, is shown each bad row and nothing changes, fixes it, sees the
 * preview and imports; the public reads a department's four discretion lists without
 * signing in, on a desk and on a phone.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBrowserTests {

	private static final String HEADER = "编码,部门,违法事项,法律依据,处罚依据,清单,追溯期限（月）,追责时效（月）,免罚条件,安全底线\n";

	private Chromium chromium;

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
	void anAdministratorImportsAfterSeeingEachBadRow() {
		String good = "HB-BT-901,HBJ,未按规定设置危险废物识别标志,《中华人民共和国固体废物污染环境防治法》第七十七条,"
				+ "《中华人民共和国固体废物污染环境防治法》第一百一十二条,NO_PENALTY,24,24,初次违法；及时改正；未造成环境污染,否\n";
		String bad = "HB-BT-902,XYZ,未按规定公开环境信息,,,不予,0,24,,也许\n";
		try (BrowserContext desk = desk()) {
			Page page = desk.newPage();
			Chromium.signIn(page, this.port, "admin");
			page.navigate(Chromium.url(this.port, "/admin/violation-matters"));
			page.setInputFiles("#import-file", csv("环保局违法事项.csv", HEADER + good + bad));
			page.getByTestId("preview-import").click();
			assertThat(page.getByTestId("error-rows")).containsText("3");
			assertThat(page.getByTestId("import-errors")).isVisible();
			page.screenshot(Chromium.screenshot("catalog-01-import-errors"));
			assertThat(page.getByTestId("matters")).not().containsText("HB-BT-901");

			page.setInputFiles("#import-file", csv("环保局违法事项.csv", HEADER + good));
			page.getByTestId("preview-import").click();
			assertThat(page.getByTestId("preview-rows")).containsText("HB-BT-901");
			page.screenshot(Chromium.screenshot("catalog-02-preview"));
			page.getByTestId("confirm-import").click();
			assertThat(page.getByTestId("import-notice")).isVisible();
			page.navigate(Chromium.url(this.port, "/admin/violation-matters?department=HBJ"));
			assertThat(page.getByTestId("matters")).containsText("未按规定设置危险废物识别标志");
			page.screenshot(Chromium.screenshot("catalog-03-imported"));
			page.screenshot(Chromium.screenshot("catalog-03-imported-top").setFullPage(false));
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			Chromium.signIn(page, this.port, "admin");
			page.navigate(Chromium.url(this.port, "/admin/violation-matters?department=HBJ"));
			assertNoSidewaysScroll(page);
			page.screenshot(Chromium.screenshot("catalog-04-admin-phone"));
		}
	}

	@Test
	void thePublicReadsTheFourListsOfADepartment() {
		for (boolean onPhone : new boolean[] { false, true }) {
			try (BrowserContext context = onPhone ? phone() : desk()) {
				Page page = context.newPage();
				page.navigate(Chromium.url(this.port, "/public/discretion-lists?department=YJJ"));
				assertThat(page.getByTestId("lists-department")).hasText("应急管理局");
				assertThat(page.getByTestId("list-NO_PENALTY")).containsText("外协单位从业人员上岗培训未如实记录");
				if (onPhone) {
					assertNoSidewaysScroll(page);
				}
				page.screenshot(Chromium.screenshot("catalog-05-public-lists" + (onPhone ? "-phone" : "")));
			}
		}
	}

	private static FilePayload csv(String name, String content) {
		return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
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
