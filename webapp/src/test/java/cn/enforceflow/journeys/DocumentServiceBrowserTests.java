package cn.enforceflow.journeys;

import cn.enforceflow.FullApplication;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.documents.Document;
import cn.enforceflow.documents.DocumentSamples;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.IssueRequest;
import cn.enforceflow.documents.PdfText;
import cn.enforceflow.documents.SampleFiles;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 电子送达 as the enterprise meets it: 淮安市恒达化工有限公司's clerk opens 文书送达 from the menu, opens
 * the 整改建议书 issued for its invitation, confirms receipt, and on a phone adds a photo of
 * the rectification to the case. Screenshots go to {@code target/screenshots}.
 */
@FullApplication
class DocumentServiceBrowserTests {

	private static Chromium chromium;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	InboxFixture fixture;

	@Autowired
	Documents documents;

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
	void theEnterpriseOpensItsDocumentAndConfirmsReceipt() {
		String caseKey = invitation();
		Document advice = this.documents.issue(IssueRequest.toEnterprise(caseKey, DepartmentCode.of("YJJ"),
				new CreditCode("91320804746832153E"), DocumentSamples.rectificationAdvice(), "officer1"));
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "enterprise1");

			page.getByTestId("nav-documents").click();

			assertThat(page.getByTestId("served-heading")).hasText("文书送达");
			Locator card = page.locator("[data-number='" + advice.number() + "']");
			assertThat(card).containsText("整改建议书");
			assertThat(card).containsText("淮安市应急管理局");
			assertThat(card.getByTestId("receipt-state")).containsText("待签收");
			page.screenshot(Chromium.screenshot("documents-served-desk"));

			String href = card.getByTestId("open-document").getAttribute("href");
			APIResponse pdf = context.request().get(Chromium.url(this.port, href));
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
			assertThat(PdfText.of(pdf.body())).contains(advice.number(), "淮安市恒达化工有限公司",
					PdfText.compact(DocumentSamples.RECTIFICATION_BASIS));

			card.getByTestId("confirm-receipt").click();

			assertThat(page.getByTestId("files-notice")).containsText("已确认签收（签收人：王建国）");
			Locator received = page.locator("[data-number='" + advice.number() + "']");
			assertThat(received.getByTestId("receipt-state")).containsText("已签收");
			assertThat(received.getByTestId("confirm-receipt")).hasCount(0);
			page.screenshot(Chromium.screenshot("documents-received-desk"));
		}
	}

	@Test
	void onAPhoneTheEnterpriseAddsAPhotoToItsCase() {
		String caseKey = invitation();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = context.newPage();
			Chromium.signIn(page, this.port, "enterprise1");
			page.navigate(Chromium.url(this.port, "/cases/" + caseKey + "/files"));
			assertThat(page.getByTestId("files-heading")).containsText(caseKey);
			assertThat(page.locator("#upload-camera")).hasAttribute("capture", "environment");

			page.getByTestId("upload-input")
				.setInputFiles(new FilePayload[] { new FilePayload("整改后仓库.jpg", "image/jpeg", SampleFiles.jpeg()),
						new FilePayload("整改报告.pdf", "application/pdf", SampleFiles.pdf()) });
			page.getByTestId("upload-submit").click();

			assertThat(page.getByTestId("files-notice")).containsText("已上传 2 个文件。");
			assertThat(page.getByTestId("attachment-list")).containsText("整改后仓库.jpg");
			assertThat(page.getByTestId("attachment-list")).containsText("整改报告.pdf");
			Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("scrolls sideways").isLessThanOrEqualTo(0);
			page.screenshot(Chromium.screenshot("documents-upload-phone"));
		}
	}

	/**
	 * An invitation submitted by enterprise1, so that its clerk takes part in the case.
	 */
	private String invitation() {
		return this.fixture.submit(DepartmentCode.of("YJJ"));
	}

}
