package cn.enforceflow.documents;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.documents.DocumentType.ServedTo;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.platform.BusinessRuleException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issuing documents as the workflows will: numbered, rendered, stored with their hash,
 * recorded in the audit trail, and read back through the API by whoever may see the case.
 */
@FullApplication
class DocumentIssueTests {

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	private static final DepartmentCode JWJ = DepartmentCode.of("JWJ");

	/** 淮安市恒达化工有限公司, enterprise1's. */
	private static final CreditCode HENGDA = new CreditCode("91320804746832153E");

	@LocalServerPort
	int port;

	@Autowired
	Documents documents;

	@Autowired
	InboxFixture fixture;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectMapper json;

	@Value("${enforceflow.data-dir}")
	Path dataDir;

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void eachTypeIsIssuedAsAPdfThatNamesOrganNumberEnterpriseAndLegalBasis(DocumentType type) {
		String caseKey = newCase();
		DocumentBody body = DocumentSamples.oneOfEach().stream().filter((b) -> b.type() == type).findFirst().get();
		IssueRequest request = (type.servedTo() == ServedTo.ENTERPRISE)
				? IssueRequest.toEnterprise(caseKey, YJJ, HENGDA, body, "officer1")
				: IssueRequest.toOrgan(caseKey, YJJ, JWJ, HENGDA, body, "officer1");

		Document issued = this.documents.issue(request);

		assertThat(issued.number()).matches("淮应急" + type.numberWord() + "〔\\d{4}〕[1-9]\\d*号");
		assertThat(issued.version()).isEqualTo(1);
		HttpResponse<byte[]> pdf = client().apiBytes("/api/documents/" + issued.id(), "admin", "demo");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("X-Content-SHA256")).hasValue(issued.sha256());
		assertThat(pdf.body()).hasSize((int) issued.size());
		assertThat(PdfText.of(pdf.body())).contains("淮安市应急管理局", issued.number(), "淮安市恒达化工有限公司",
				PdfText.compact(DocumentSamples.basisOf(type)), type.title());
	}

	@Test
	void issuingRecordsTheDocumentInTheAuditTrailOfItsCase() {
		String caseKey = newCase();

		Document issued = this.documents
			.issue(IssueRequest.toEnterprise(caseKey, YJJ, HENGDA, DocumentSamples.rectificationAdvice(), "officer1"));

		List<AuditEntry> entries = this.audit.ofCase(caseKey)
			.stream()
			.filter((e) -> e.action().equals("DOCUMENT_ISSUED"))
			.toList();
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.actor()).isEqualTo("officer1");
			assertThat(entry.subjectType()).isEqualTo("DOCUMENT");
			assertThat(entry.subjectId()).isEqualTo(issued.id());
			assertThat(entry.after()).isEqualTo("{\"number\":\"" + issued.number() + "\",\"sha256\":\""
					+ issued.sha256() + "\",\"type\":\"RECTIFICATION_ADVICE\",\"version\":1}");
		});
	}

	@Test
	void regeneratingMakesVersionTwoAndLeavesVersionOneAsItWas() throws Exception {
		String caseKey = newCase();
		Document first = this.documents
			.issue(IssueRequest.toEnterprise(caseKey, YJJ, HENGDA, DocumentSamples.correctionOrder(), "officer1"));
		byte[] firstBytes = client().apiBytes("/api/documents/" + first.id(), "admin", "demo").body();
		String firstKey = this.jdbc.queryForObject(
				"select storage_key from document_version where document_id = ? and version = 1", String.class,
				first.id());
		long firstModified = Files.getLastModifiedTime(this.dataDir.resolve("files").resolve(firstKey)).toMillis();
		DocumentBody.CorrectionOrder corrected = new DocumentBody.CorrectionOrder("你单位未按规定对重大危险源进行定期检测、评估（已更正）。",
				"《中华人民共和国安全生产法》第四十条第一款", DocumentSamples.CORRECTION_BASIS, LocalDate.of(2026, 12, 20),
				"委托具备资质的机构完成检测评估。");

		Document second = this.documents.regenerate(first.id(), corrected, "officer2");

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.number()).isEqualTo(first.number());
		assertThat(second.sha256()).isNotEqualTo(first.sha256());
		HttpResponse<byte[]> v1 = client().apiBytes("/api/documents/" + first.id() + "?version=1", "admin", "demo");
		assertThat(v1.body()).isEqualTo(firstBytes);
		assertThat(v1.headers().firstValue("X-Content-SHA256")).hasValue(first.sha256());
		assertThat(Files.getLastModifiedTime(this.dataDir.resolve("files").resolve(firstKey)).toMillis())
			.isEqualTo(firstModified);
		assertThat(this.jdbc.queryForObject("select sha256 from document_version where document_id = ? and version = 1",
				String.class, first.id()))
			.isEqualTo(first.sha256());
		String latest = PdfText.of(client().apiBytes("/api/documents/" + first.id(), "admin", "demo").body());
		assertThat(latest).contains("（已更正）", "本文书为第2版", first.number());
		assertThat(this.audit.ofCase(caseKey).stream().filter((e) -> e.action().equals("DOCUMENT_ISSUED")))
			.extracting(AuditEntry::after)
			.containsExactly(
					"{\"number\":\"" + first.number() + "\",\"sha256\":\"" + first.sha256()
							+ "\",\"type\":\"CORRECTION_ORDER\",\"version\":1}",
					"{\"number\":\"" + first.number() + "\",\"sha256\":\"" + second.sha256()
							+ "\",\"type\":\"CORRECTION_ORDER\",\"version\":2}");
	}

	@Test
	void aRolledBackIssueGivesItsNumberBackAndLeavesNoFile() throws Exception {
		DepartmentCode department = this.fixture.department("RBK" + (System.nanoTime() % 1000), "回滚测试局");
		String caseKey = newCase();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		Document rolledBack = transaction.execute((status) -> {
			Document document = this.documents.issue(IssueRequest.toEnterprise(caseKey, department, HENGDA,
					DocumentSamples.correctionOrder(), "officer1"));
			status.setRollbackOnly();
			return document;
		});
		String number = rolledBack.number();

		Document next = this.documents.issue(
				IssueRequest.toEnterprise(caseKey, department, HENGDA, DocumentSamples.correctionOrder(), "officer1"));

		assertThat(number).endsWith("〕1号");
		assertThat(next.number()).isEqualTo(number);
		assertThat(this.dataDir.resolve("files/documents/" + LocalDate.now().getYear() + "/" + rolledBack.id()))
			.satisfiesAnyOf((dir) -> assertThat(dir).doesNotExist(), (dir) -> assertThat(dir).isEmptyDirectory());
		assertThat(
				this.jdbc.queryForObject("select count(*) from document where id = ?", Integer.class, rolledBack.id()))
			.isZero();
	}

	@Test
	void aPdfChangedInStorageIsNotHandedOut() throws Exception {
		String caseKey = newCase();
		Document issued = this.documents
			.issue(IssueRequest.toEnterprise(caseKey, YJJ, HENGDA, DocumentSamples.correctionOrder(), "officer1"));
		String key = this.jdbc.queryForObject(
				"select storage_key from document_version where document_id = ? and version = 1", String.class,
				issued.id());
		Path file = this.dataDir.resolve("files").resolve(key);
		byte[] original = Files.readAllBytes(file);
		byte[] altered = original.clone();
		altered[altered.length / 2] ^= 1;
		Files.write(file, altered);
		try {
			HttpResponse<String> response = client().api("/api/documents/" + issued.id(), "admin", "demo");

			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(problem(response).path("detail").asText()).contains(issued.number(), "SHA-256");
		}
		finally {
			Files.write(file, original);
		}
	}

	@Test
	void theCaseListShowsItsDocumentsToWhoeverMaySeeTheCaseOnly() throws Exception {
		String caseKey = newCase();
		Document issued = this.documents
			.issue(IssueRequest.toEnterprise(caseKey, YJJ, HENGDA, DocumentSamples.inspectionRecord(), "officer1"));
		SignedInClient client = client();

		HttpResponse<String> forEnterprise = client.api("/api/cases/" + caseKey + "/documents", "enterprise1", "demo");
		HttpResponse<String> forSupervisor = client.api("/api/cases/" + caseKey + "/documents", "supervisor1", "demo");

		assertThat(forEnterprise.statusCode()).isEqualTo(200);
		JsonNode list = this.json.readTree(forEnterprise.body());
		assertThat(list).hasSize(1);
		assertThat(list.get(0).path("number").asText()).isEqualTo(issued.number());
		assertThat(list.get(0).path("title").asText()).isEqualTo("检查记录");
		assertThat(list.get(0).path("issuer").asText()).isEqualTo("淮安市应急管理局");
		assertThat(list.get(0).path("addressee").asText()).isEqualTo("淮安市恒达化工有限公司");
		assertThat(list.get(0).path("receivable").asBoolean()).isTrue();
		assertThat(forSupervisor.statusCode()).isEqualTo(200);
		for (String stranger : List.of("enterprise2", "officer3")) {
			HttpResponse<String> list404 = client.api("/api/cases/" + caseKey + "/documents", stranger, "demo");
			HttpResponse<String> pdf404 = client.api("/api/documents/" + issued.id(), stranger, "demo");
			assertThat(list404.statusCode()).as(stranger).isEqualTo(404);
			assertThat(pdf404.statusCode()).as(stranger).isEqualTo(404);
			assertThat(problem(pdf404).path("detail").asText()).isEqualTo("文书“" + issued.id() + "”不存在。");
		}
		assertThat(client.api("/api/documents/not-a-document", "admin", "demo").statusCode()).isEqualTo(404);
	}

	@Test
	void anUnknownEnterpriseIsRefused() {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.documents.issue(IssueRequest.toEnterprise(newCase(), YJJ,
					new CreditCode("91320500MA1Y2K3L4" + CreditCode.checkCharacterOf("91320500MA1Y2K3L4")),
					DocumentSamples.correctionOrder(), "officer1")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("documents.enterprise.notFound"));
	}

	private String newCase() {
		String caseKey = this.fixture.submit(YJJ);
		return caseKey;
	}

	private SignedInClient client() {
		return new SignedInClient(this.port);
	}

	private JsonNode problem(HttpResponse<String> response) throws Exception {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return this.json.readTree(response.body());
	}

}
