package cn.enforceflow.documents;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 电子送达: the enterprise a document is served to confirms receipt, once; whoever else may
 * read it cannot, and whoever may not does not learn that it exists.
 */
@FullApplication
class ReceiptTests {

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	@LocalServerPort
	int port;

	@Autowired
	Documents documents;

	@Autowired
	InboxFixture fixture;

	@Autowired
	AuditTrail audit;

	@Autowired
	ObjectMapper json;

	@Test
	void theEnterpriseConfirmsReceiptOnceAndTheAuditTrailKeepsWhoAndWhen() throws Exception {
		String caseKey = newCase();
		Document issued = issue(caseKey);
		SignedInClient client = new SignedInClient(this.port);

		HttpResponse<String> first = client.apiPost("/api/documents/" + issued.id() + "/receipt", "enterprise1",
				"demo");
		HttpResponse<String> again = client.apiPost("/api/documents/" + issued.id() + "/receipt", "enterprise1",
				"demo");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode receipt = this.json.readTree(first.body());
		assertThat(receipt.path("receivedBy").asText()).isEqualTo("enterprise1");
		assertThat(receipt.path("receivedByName").asText()).isEqualTo("王建国");
		assertThat(receipt.path("version").asInt()).isEqualTo(1);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(again.body())).isEqualTo(receipt);
		List<AuditEntry> received = this.audit.ofCase(caseKey)
			.stream()
			.filter((e) -> e.action().equals("DOCUMENT_RECEIVED"))
			.toList();
		assertThat(received).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("enterprise1");
			assertThat(entry.subjectId()).isEqualTo(issued.id());
			assertThat(entry.after()).contains("\"receivedBy\":\"enterprise1\"",
					"\"receivedAt\":\"" + receipt.path("receivedAt").asText() + "\"");
		});
		JsonNode listed = this.json
			.readTree(client.api("/api/cases/" + caseKey + "/documents", "enterprise1", "demo").body())
			.get(0);
		assertThat(listed.path("receipt").path("receivedBy").asText()).isEqualTo("enterprise1");
		assertThat(listed.path("receivable").asBoolean()).isFalse();
	}

	@Test
	void anotherEnterpriseIsToldTheDocumentDoesNotExist() throws Exception {
		Document issued = issue(newCase());

		HttpResponse<String> response = new SignedInClient(this.port)
			.apiPost("/api/documents/" + issued.id() + "/receipt", "enterprise2", "demo");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(response.body()).path("detail").asText())
			.isEqualTo("文书“" + issued.id() + "”不存在。");
	}

	@Test
	void someoneWhoMayReadButIsNotTheAddresseeCannotConfirm() throws Exception {
		Document issued = issue(newCase());

		HttpResponse<String> response = new SignedInClient(this.port)
			.apiPost("/api/documents/" + issued.id() + "/receipt", "dispatcher1", "demo");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(response.body()).path("detail").asText())
			.isEqualTo("文书“" + issued.number() + "”不是送达给您的，您不能签收。");
	}

	@Test
	void theAddresseeReadsADocumentOfACaseItTookNoPartIn() throws Exception {
		// an exemption case the enterprise never held a task of: the decision is still
		// served to it
		String caseKey = "EXM-" + System.nanoTime();
		Document issued = this.documents.issue(IssueRequest.toEnterprise(caseKey, YJJ,
				new CreditCode("91320812MA1MQ7R28A"), DocumentSamples.nonPenaltyDecision(), "officer1"));
		SignedInClient client = new SignedInClient(this.port);

		JsonNode served = this.json.readTree(client.api("/api/documents", "enterprise2", "demo").body());
		HttpResponse<byte[]> pdf = client.apiBytes("/api/documents/" + issued.id(), "enterprise2", "demo");
		HttpResponse<String> receipt = client.apiPost("/api/documents/" + issued.id() + "/receipt", "enterprise2",
				"demo");

		assertThat(served.findValuesAsText("number")).contains(issued.number());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(pdf.body())).contains("淮安市清源食品有限公司", issued.number());
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(client.api("/api/documents/" + issued.id(), "enterprise1", "demo").statusCode()).isEqualTo(404);
	}

	@Test
	void theServicePageListsTheDocumentAndConfirmsReceipt() {
		String caseKey = newCase();
		Document issued = issue(caseKey);
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("enterprise1", "demo");

		String before = browser.get("/documents").body();
		HttpResponse<String> confirm = browser.postForm("/documents/" + issued.id() + "/receipt", Map.of());
		String after = browser.get("/documents").body();

		assertThat(before).contains("文书送达", issued.number(), "淮安市应急管理局", "待签收", "确认签收");
		assertThat(confirm.statusCode()).isEqualTo(302);
		assertThat(after).contains("已确认签收（签收人：王建国）", "已签收");
	}

	@Test
	void theServicePageTellsAnOfficerThatNothingIsServedToThem() {
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("officer1", "demo");

		String page = browser.get("/documents").body();

		assertThat(page).contains("您的账号没有需要签收的文书", "暂无送达给您的文书。");
	}

	private String newCase() {
		String caseKey = this.fixture.submit(YJJ);
		return caseKey;
	}

	private Document issue(String caseKey) {
		return this.documents.issue(IssueRequest.toEnterprise(caseKey, YJJ, new CreditCode("91320804746832153E"),
				DocumentSamples.rectificationAdvice(), "officer1"));
	}

}
