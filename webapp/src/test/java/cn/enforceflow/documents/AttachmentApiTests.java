package cn.enforceflow.documents;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.SignedInClient.FilePart;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence through the API: what may be uploaded, by whom, and what is kept when a file
 * is refused — nothing.
 */
@FullApplication
class AttachmentApiTests {

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	@LocalServerPort
	int port;

	@Autowired
	InboxFixture fixture;

	@Autowired
	Attachments attachments;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${enforceflow.data-dir}")
	Path dataDir;

	@Test
	void aParticipantUploadsPhotosAndDocumentsInOneGo() throws Exception {
		String caseKey = newCase();
		byte[] photo = SampleFiles.jpeg();

		HttpResponse<String> response = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "IMG_20261130_101500.jpg", photo),
						new FilePart("files", "IMG_0007.HEIC", SampleFiles.heic()),
						new FilePart("files", "整改报告.docx", SampleFiles.docx()),
						new FilePart("files", "台账.xls", SampleFiles.xls()),
						new FilePart("files", "扫描件.pdf", SampleFiles.pdf())));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode stored = this.json.readTree(response.body());
		assertThat(stored).hasSize(5);
		assertThat(stored.findValuesAsText("contentType")).containsExactly("image/jpeg", "image/heic",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
				"application/pdf");
		assertThat(stored.findValuesAsText("filename")).containsExactly("IMG_20261130_101500.jpg", "IMG_0007.HEIC",
				"整改报告.docx", "台账.xls", "扫描件.pdf");
		assertThat(stored.findValuesAsText("state")).containsOnly("DRAFT");
		String id = stored.get(0).path("id").asText();
		HttpResponse<byte[]> download = client().apiBytes("/api/attachments/" + id, "enterprise1", "demo");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(photo);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(stored.get(0).path("sha256").asText());
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("inline").contains("IMG_20261130_101500.jpg"));
		assertThat(uploadsAudited(caseKey)).hasSize(5);
	}

	@Test
	void aRenamedExecutableIsRefusedInChineseAndNothingIsStored() throws Exception {
		String caseKey = newCase();
		long filesBefore = storedFiles();

		HttpResponse<String> windows = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "现场照片.jpg", SampleFiles.jpeg()),
						new FilePart("files", "photo.jpg", SampleFiles.windowsExecutable())));
		HttpResponse<String> linux = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "扫描件.pdf", SampleFiles.linuxExecutable())));
		HttpResponse<String> zipped = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "报告.docx", SampleFiles.zipOfAScript())));
		HttpResponse<String> page = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "照片.png", SampleFiles.html())));

		assertThat(windows.statusCode()).isEqualTo(415);
		assertThat(problem(windows).path("detail").asText())
			.isEqualTo("文件“photo.jpg”的内容不是允许上传的类型（图片、PDF、Word、Excel、PowerPoint），未保存任何文件。类型按文件内容判断，修改扩展名无效。");
		assertThat(linux.statusCode()).isEqualTo(415);
		assertThat(zipped.statusCode()).isEqualTo(415);
		assertThat(page.statusCode()).isEqualTo(415);
		assertNothingStored(caseKey, filesBefore);
	}

	@Test
	void aDocumentWithMacrosIsRefused() throws Exception {
		String caseKey = newCase();

		HttpResponse<String> response = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "报告.docx", SampleFiles.wordWithMacros())));

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(problem(response).path("detail").asText()).startsWith("文件“报告.docx”含有宏，不允许上传");
	}

	@Test
	void aPathInTheNameIsDroppedAndTheFileIsStoredUnderAKeyOfItsOwn() throws Exception {
		String caseKey = newCase();

		HttpResponse<String> response = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "../../../../etc/cron.d/evil.jpg", SampleFiles.jpeg()),
						new FilePart("files", "..\\..\\windows\\win.ini", SampleFiles.pdf()),
						new FilePart("files", "invoice\u202Egpj.exe", SampleFiles.jpeg())));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode stored = this.json.readTree(response.body());
		assertThat(stored.findValuesAsText("filename")).containsExactly("evil.jpg", "win.ini.pdf",
				"invoicegpj.exe.jpg");
		List<String> keys = this.jdbc.queryForList("select storage_key from attachment where case_key = ?",
				String.class, caseKey);
		assertThat(keys).allSatisfy((key) -> assertThat(key).matches("attachments/\\d{4}/\\d{2}/[0-9a-f-]{36}"));
		assertThat(Path.of("/etc/cron.d/evil.jpg")).doesNotExist();
		assertThat(this.dataDir.resolve("etc")).doesNotExist();
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		String caseKey = newCase();

		HttpResponse<String> response = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "空白.jpg", new byte[0])));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(problem(response).path("detail").asText()).isEqualTo("文件“空白.jpg”是空文件，未保存任何文件。");
	}

	@Test
	void aFileOverTheLimitIsRefusedInChineseAndNothingIsStored() throws Exception {
		String caseKey = newCase();
		long filesBefore = storedFiles();

		HttpResponse<String> response = upload(caseKey, "enterprise1",
				List.of(new FilePart("files", "小.jpg", SampleFiles.jpeg()),
						new FilePart("files", "大.jpg", SampleFiles.jpeg(21 * 1024 * 1024))));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(problem(response).path("detail").asText())
			.isEqualTo("上传的文件超过大小限制（每个文件不超过 20 MB，一次合计不超过 100 MB），未保存任何文件。");
		assertNothingStored(caseKey, filesBefore);
	}

	@Test
	void moreFilesThanAllowedAreRefused() throws Exception {
		String caseKey = newCase();
		List<FilePart> eleven = new ArrayList<>();
		for (int i = 1; i <= 11; i++) {
			eleven.add(new FilePart("files", "照片" + i + ".jpg", SampleFiles.jpeg()));
		}

		HttpResponse<String> response = upload(caseKey, "enterprise1", eleven);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(problem(response).path("detail").asText()).isEqualTo("一次最多上传 10 个文件，您选择了 11 个，未保存任何文件。");
		assertNothingStored(caseKey, 0);
	}

	@Test
	void whoeverMaySeeTheCaseDownloadsAndAStrangerIsToldThereIsNothing() throws Exception {
		String caseKey = newCase();
		String id = this.json
			.readTree(
					upload(caseKey, "enterprise1", List.of(new FilePart("files", "证据.pdf", SampleFiles.pdf()))).body())
			.get(0)
			.path("id")
			.asText();
		SignedInClient client = client();

		// the uploader, a dispatcher offered the case's task, a supervisor, an
		// administrator
		for (String reader : List.of("enterprise1", "dispatcher1", "supervisor1", "admin")) {
			assertThat(client.apiBytes("/api/attachments/" + id, reader, "demo").statusCode()).as(reader)
				.isEqualTo(200);
			assertThat(client.api("/api/cases/" + caseKey + "/attachments", reader, "demo").statusCode()).as(reader)
				.isEqualTo(200);
		}
		for (String stranger : List.of("enterprise2", "officer3")) {
			HttpResponse<String> download = client.api("/api/attachments/" + id, stranger, "demo");
			assertThat(download.statusCode()).as(stranger).isEqualTo(404);
			assertThat(problem(download).path("detail").asText()).isEqualTo("附件“" + id + "”不存在。");
			assertThat(client.api("/api/cases/" + caseKey + "/attachments", stranger, "demo").statusCode()).as(stranger)
				.isEqualTo(404);
			assertThat(
					upload(caseKey, stranger, List.of(new FilePart("files", "x.jpg", SampleFiles.jpeg()))).statusCode())
				.as(stranger)
				.isEqualTo(404);
		}
		assertThat(client.api("/api/attachments/" + id, null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aSupervisorMayReadButNotAddEvidence() throws Exception {
		String caseKey = newCase();

		HttpResponse<String> response = upload(caseKey, "supervisor1",
				List.of(new FilePart("files", "x.jpg", SampleFiles.jpeg())));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(problem(response).path("detail").asText()).isEqualTo("您未参与该案件的办理，不能上传附件。");
	}

	@Test
	void onlyTheUploaderDeletesADraftAndNobodyASubmittedAttachment() throws Exception {
		String caseKey = newCase();
		JsonNode stored = this.json
			.readTree(upload(caseKey, "enterprise1", List.of(new FilePart("files", "一.jpg", SampleFiles.jpeg()),
					new FilePart("files", "二.jpg", SampleFiles.jpeg())))
				.body());
		String first = stored.get(0).path("id").asText();
		String second = stored.get(1).path("id").asText();
		SignedInClient client = client();

		HttpResponse<String> byAnother = client.apiDelete("/api/attachments/" + first, "dispatcher1", "demo");
		HttpResponse<String> byUploader = client.apiDelete("/api/attachments/" + first, "enterprise1", "demo");
		inTransaction(() -> this.attachments.submit("enterprise1", caseKey, List.of(second)));
		HttpResponse<String> afterSubmission = client.apiDelete("/api/attachments/" + second, "enterprise1", "demo");

		assertThat(byAnother.statusCode()).isEqualTo(403);
		assertThat(problem(byAnother).path("detail").asText()).isEqualTo("附件“一.jpg”不是您上传的，只有上传人可以删除。");
		assertThat(byUploader.statusCode()).isEqualTo(204);
		assertThat(client.api("/api/attachments/" + first, "enterprise1", "demo").statusCode()).isEqualTo(404);
		assertThat(afterSubmission.statusCode()).isEqualTo(409);
		assertThat(problem(afterSubmission).path("detail").asText()).isEqualTo("附件“二.jpg”已随办理环节提交，不能删除。");
		assertThat(client.apiBytes("/api/attachments/" + second, "enterprise1", "demo").statusCode()).isEqualTo(200);
		assertThat(this.audit.ofCase(caseKey)).extracting(AuditEntry::action)
			.containsSubsequence("ATTACHMENT_UPLOADED", "ATTACHMENT_UPLOADED", "ATTACHMENT_DELETED",
					"ATTACHMENT_SUBMITTED");
	}

	@Test
	void evidenceOfAStepIsSubmittedWithIt() throws Exception {
		String caseKey = newCase();
		String taskId = this.fixture.task(caseKey, InvitationModel.TASK_ACCEPT_INVITATION).getId();
		HttpResponse<String> forStep = client().apiPostFiles("/api/cases/" + caseKey + "/attachments", "enterprise1",
				"demo", Map.of("taskId", taskId), List.of(new FilePart("files", "邀约说明.pdf", SampleFiles.pdf())));
		String otherCase = newCase();
		String otherTask = this.fixture.task(otherCase, InvitationModel.TASK_ACCEPT_INVITATION).getId();
		HttpResponse<String> forAnotherCasesStep = client().apiPostFiles("/api/cases/" + caseKey + "/attachments",
				"enterprise1", "demo", Map.of("taskId", otherTask),
				List.of(new FilePart("files", "x.pdf", SampleFiles.pdf())));

		List<Attachment> submitted = inTransaction(() -> this.attachments.submitStep("dispatcher1", caseKey, taskId));

		assertThat(forStep.statusCode()).isEqualTo(201);
		assertThat(forAnotherCasesStep.statusCode()).isEqualTo(400);
		assertThat(submitted).singleElement().satisfies((attachment) -> {
			assertThat(attachment.filename()).isEqualTo("邀约说明.pdf");
			assertThat(attachment.state()).isEqualTo(AttachmentState.SUBMITTED);
			assertThat(attachment.taskId()).isEqualTo(taskId);
		});
		assertThat(
				this.json.readTree(client().api("/api/cases/" + caseKey + "/attachments", "enterprise1", "demo").body())
					.get(0)
					.path("deletable")
					.asBoolean())
			.isFalse();
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.get());
	}

	private String newCase() {
		String caseKey = this.fixture.submit(YJJ);
		return caseKey;
	}

	private HttpResponse<String> upload(String caseKey, String user, List<FilePart> files) {
		return client().apiPostFiles("/api/cases/" + caseKey + "/attachments", user, "demo", Map.of(), files);
	}

	private void assertNothingStored(String caseKey, long filesBefore) throws IOException {
		assertThat(
				this.jdbc.queryForObject("select count(*) from attachment where case_key = ?", Integer.class, caseKey))
			.isZero();
		assertThat(uploadsAudited(caseKey)).isEmpty();
		if (filesBefore > 0) {
			assertThat(storedFiles()).isEqualTo(filesBefore);
		}
		try (Stream<Path> spooled = Files.list(this.dataDir.resolve("tmp/uploads"))) {
			assertThat(spooled).isEmpty();
		}
	}

	private List<AuditEntry> uploadsAudited(String caseKey) {
		return this.audit.ofCase(caseKey).stream().filter((e) -> e.action().equals("ATTACHMENT_UPLOADED")).toList();
	}

	private long storedFiles() throws IOException {
		Path attachments = this.dataDir.resolve("files/attachments");
		if (!Files.exists(attachments)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(attachments)) {
			return files.filter(Files::isRegularFile).count();
		}
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
