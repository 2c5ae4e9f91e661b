package cn.enforceflow.documents;

import java.net.http.HttpResponse;
import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of a case's documents and evidence, and its upload, as a browser posts it.
 */
@FullApplication
class CaseFilesPageTests {

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	@LocalServerPort
	int port;

	@Autowired
	InboxFixture fixture;

	@Autowired
	Documents documents;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aParticipantSeesDocumentsAndUploadsFromThePage() {
		String caseKey = newCase();
		Document issued = this.documents.issue(IssueRequest.toEnterprise(caseKey, YJJ,
				new CreditCode("91320804746832153E"), DocumentSamples.inspectionRecord(), "officer1"));
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("enterprise1", "demo");

		HttpResponse<String> upload = browser.postFile("/cases/" + caseKey + "/files", "files", "整改照片.jpg",
				SampleFiles.jpeg());
		String page = browser.get("/cases/" + caseKey + "/files").body();

		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(upload.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/cases/" + caseKey + "/files"));
		assertThat(page).contains("文书与附件", "检查记录", issued.number(), "整改照片.jpg", "草稿", "已上传 1 个文件。", "拍照上传",
				"capture=\"environment\"", "每个文件不超过 20 MB，一次最多 10 个文件", "data-testid=\"delete-attachment\"");
	}

	@Test
	void aRefusedUploadComesBackToThePageInChinese() {
		String caseKey = newCase();
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("enterprise1", "demo");

		HttpResponse<String> executable = browser.postFile("/cases/" + caseKey + "/files", "files", "照片.jpg",
				SampleFiles.windowsExecutable());
		String afterExecutable = browser.get("/cases/" + caseKey + "/files").body();
		HttpResponse<String> oversized = browser.postFile("/cases/" + caseKey + "/files", "files", "大.jpg",
				SampleFiles.jpeg(21 * 1024 * 1024));
		String afterOversized = browser.get("/cases/" + caseKey + "/files").body();

		assertThat(executable.statusCode()).isEqualTo(302);
		assertThat(afterExecutable).contains("文件“照片.jpg”的内容不是允许上传的类型");
		assertThat(oversized.statusCode()).isEqualTo(302);
		assertThat(afterOversized).contains("上传的文件超过大小限制（每个文件不超过 20 MB，一次合计不超过 100 MB），未保存任何文件。");
		assertThat(
				this.jdbc.queryForObject("select count(*) from attachment where case_key = ?", Integer.class, caseKey))
			.isZero();
	}

	@Test
	void aSupervisorSeesTheFilesWithoutTheUploadAndAStrangerNothing() {
		String caseKey = newCase();
		SignedInClient supervisor = new SignedInClient(this.port);
		supervisor.signIn("supervisor1", "demo");
		SignedInClient stranger = new SignedInClient(this.port);
		stranger.signIn("enterprise2", "demo");

		HttpResponse<String> forSupervisor = supervisor.get("/cases/" + caseKey + "/files");
		HttpResponse<String> forStranger = stranger.get("/cases/" + caseKey + "/files");

		assertThat(forSupervisor.statusCode()).isEqualTo(200);
		assertThat(forSupervisor.body()).contains("文书与附件").doesNotContain("data-testid=\"upload-form\"");
		assertThat(forStranger.statusCode()).isEqualTo(404);
	}

	@Test
	void thePageReturnsOnlyToPagesOfTheApplication() {
		String caseKey = newCase();
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("enterprise1", "demo");

		for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example")) {
			HttpResponse<String> upload = browser.postFile(
					"/cases/" + caseKey + "/files?returnTo="
							+ java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8),
					"files", "x.jpg", SampleFiles.jpeg());
			assertThat(upload.headers().firstValue("Location")).as(elsewhere)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/cases/" + caseKey + "/files"));
		}
	}

	private String newCase() {
		String caseKey = this.fixture.submit(YJJ);
		return caseKey;
	}

}
