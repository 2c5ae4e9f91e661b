package cn.enforceflow.journeys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.enforceflow.FullApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator finds no holiday arrangement for 2027, sees the red warning, imports
 * the year from a CSV file and then from an Excel workbook, and sees the holidays in the
 * grid, on a desk and on a phone. Screenshots go to {@code target/screenshots}.
 */
@FullApplication
class CalendarAdminBrowserTests {

	private static final Path FILES = Path.of(System.getProperty("java.io.tmpdir"), "calendar-uploads");

	private static final String[][] YEAR_2027 = { { "2027-01-01", "HOLIDAY", "元旦" }, { "2027-02-05", "HOLIDAY", "春节" },
			{ "2027-02-08", "HOLIDAY", "春节" }, { "2027-02-09", "HOLIDAY", "春节" }, { "2027-02-10", "HOLIDAY", "春节" },
			{ "2027-02-11", "HOLIDAY", "春节" }, { "2027-02-20", "WORKDAY", "春节" } };

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launchChromium() throws IOException {
		Files.createDirectories(FILES);
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
	void administratorImportsTheCalendarOf2027FromCsvAndExcel() throws IOException {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			signInAsAdmin(page);
			page.getByTestId("calendar-link").click();
			page.navigate(url("/admin/calendar?year=2027"));

			assertThat(page.getByTestId("calendar-heading")).hasText("2027年工作日历");
			assertThat(page.getByTestId("calendar-fallback")).containsText("2027年尚未导入节假日安排，当前按周一至周五计算工作日");
			assertThat(page.locator("[data-date='2027-02-10']")).hasAttribute("data-type", "work");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("calendar-2027-before.png"))
						.setFullPage(true));

			upload(page, csv());

			assertThat(page.getByTestId("calendar-notice")).hasText("已从“calendar-2027.csv”导入2027年节假日安排，共 7 天。");
			assertThat(page.getByTestId("calendar-fallback")).hasCount(0);
			assertThat(page.getByTestId("calendar-published")).containsText("calendar-2027.csv");
			assertThat(page.locator("[data-date='2027-02-10']")).hasAttribute("data-type", "holiday");
			assertThat(page.locator("[data-date='2027-02-10']")).containsText("春节");
			assertThat(page.locator("[data-date='2027-02-20']")).hasAttribute("data-type", "makeup");

			upload(page, xlsx());

			assertThat(page.getByTestId("calendar-notice")).containsText("共 8 天");
			assertThat(page.locator("[data-date='2027-05-03']")).hasAttribute("data-type", "holiday");
			assertThat(page.locator("[data-date='2027-05-03']")).containsText("劳动节");
			assertThat(page.getByTestId("calendar-days").locator("tbody tr")).hasCount(8);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("calendar-2027-after.png"))
						.setFullPage(true));
		}
	}

	@Test
	void aWrongFileIsExplainedLineByLineInTheBrowser() throws IOException {
		Path wrong = FILES.resolve("calendar-2029-wrong.csv");
		Files.writeString(wrong, "date,kind,name\n2029-02-30,HOLIDAY,春节\n", StandardCharsets.UTF_8);
		try (BrowserContext context = browser.newContext()) {
			Page page = context.newPage();
			signInAsAdmin(page);
			page.navigate(url("/admin/calendar?year=2029"));

			upload(page, wrong);

			assertThat(page.getByTestId("calendar-errors")).containsText("第 2 行：日期“2029-02-30”格式不正确");
			assertThat(page.getByTestId("calendar-fallback")).isVisible();
		}
	}

	@Test
	void theYearFitsAPhoneScreenOneMonthPerRow() {
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = context.newPage();
			signInAsAdmin(page);
			page.navigate(url("/admin/calendar?year=2026"));

			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("scrolls sideways").isLessThanOrEqualTo(0);
			Object januaryRight = page
				.evaluate("document.querySelectorAll('.cal-month')[0].getBoundingClientRect().right");
			Object februaryLeft = page
				.evaluate("document.querySelectorAll('.cal-month')[1].getBoundingClientRect().left");
			assertThat(((Number) februaryLeft).doubleValue()).as("February below January")
				.isLessThan(((Number) januaryRight).doubleValue());
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("calendar-2026-phone.png"))
						.setFullPage(true));
		}
	}

	private void upload(Page page, Path file) {
		page.setInputFiles("#import-file", file);
		page.getByTestId("calendar-import-form").locator("button[type=submit]").click();
		page.waitForLoadState();
	}

	private static Path csv() throws IOException {
		StringBuilder text = new StringBuilder("date,kind,name\n");
		for (String[] day : YEAR_2027) {
			text.append(String.join(",", day)).append('\n');
		}
		Path file = FILES.resolve("calendar-2027.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** The same year in Excel, with Labour Day added. */
	private static Path xlsx() throws IOException {
		Path file = FILES.resolve("calendar-2027.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("2027");
			write(sheet.createRow(0), "date", "kind", "name");
			int row = 1;
			for (String[] day : YEAR_2027) {
				write(sheet.createRow(row++), day);
			}
			write(sheet.createRow(row), "2027-05-03", "HOLIDAY", "劳动节");
			workbook.write(out);
		}
		return file;
	}

	private static void write(Row row, String... cells) {
		for (int c = 0; c < cells.length; c++) {
			row.createCell(c).setCellValue(cells[c]);
		}
	}

	private void signInAsAdmin(Page page) {
		Chromium.signIn(page, this.port, "admin");
	}

	private String url(String path) {
		return Chromium.url(this.port, path);
	}

}
