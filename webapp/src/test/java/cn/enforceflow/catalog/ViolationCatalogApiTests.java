package cn.enforceflow.catalog;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.organization.DepartmentCode;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded violation catalog, its filters for staff, and the four discretion lists for
 * the public.
 */
@FullApplication
class ViolationCatalogApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ViolationCatalog catalog;

	@Test
	void theDemoSeedsAtLeastThirtyMattersOverTheThreeDepartmentsAndAllFourLists() {
		List<ViolationMatter> seeded = this.catalog.matters(Optional.empty(), Optional.empty())
			.stream()
			.filter((m) -> !m.code().startsWith("T"))
			.toList();

		assertThat(seeded).hasSizeGreaterThanOrEqualTo(30);
		assertThat(seeded.stream().map((m) -> m.department().value()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("YJJ", "SJJ", "HBJ");
		assertThat(seeded.stream().map(ViolationMatter::list).collect(Collectors.toSet())).containsExactlyInAnyOrder(
				Optional.of(DiscretionList.NO_PENALTY), Optional.of(DiscretionList.MITIGATED),
				Optional.of(DiscretionList.LIGHTER), Optional.of(DiscretionList.HEAVIER), Optional.empty());
		assertThat(seeded).filteredOn(ViolationMatter::safetyBottomLine).hasSizeGreaterThanOrEqualTo(3);
		assertThat(seeded).filteredOn((m) -> m.limitationMonths() == 60).hasSizeGreaterThanOrEqualTo(3);
		assertThat(seeded).allSatisfy((m) -> assertThat(m.legalBasis()).contains("《"));
		ViolationMatter sample = this.catalog.find("YJ-SW-001").orElseThrow();
		assertThat(sample.department()).isEqualTo(DepartmentCode.of("YJJ"));
		assertThat(sample.list()).contains(DiscretionList.NO_PENALTY);
		assertThat(sample.lookBackMonths()).isEqualTo(24);
		assertThat(this.catalog.find("YJ-CQ-001").orElseThrow().safetyBottomLine()).isTrue();
	}

	@Test
	void staffFilterTheCatalogByDepartmentAndList() {
		HttpResponse<String> response = new SignedInClient(this.port)
			.api("/api/violation-matters?department=SJJ&list=NO_PENALTY", "officer1", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode matters = ApiAnswers.json(response);
		assertThat(matters.findValuesAsText("code")).contains("SCJG-SW-001", "SCJG-QW-001");
		assertThat(Set.copyOf(matters.findValuesAsText("department"))).containsExactly("SJJ");
		assertThat(Set.copyOf(matters.findValuesAsText("list"))).containsExactly("NO_PENALTY");
	}

	@Test
	void anUnknownFilterIsAChineseProblem() {
		HttpResponse<String> department = new SignedInClient(this.port).api("/api/violation-matters?department=NOPE",
				"officer1", "demo");
		HttpResponse<String> list = new SignedInClient(this.port).api("/api/violation-matters?list=SOMETIMES",
				"officer1", "demo");

		assertThat(department.statusCode()).isEqualTo(400);
		assertThat(ApiAnswers.detail(department)).isEqualTo("执法部门“NOPE”不存在。");
		assertThat(list.statusCode()).isEqualTo(400);
		assertThat(ApiAnswers.detail(list)).startsWith("清单“SOMETIMES”不存在");
	}

	@Test
	void theDiscretionListsArePublicWithoutSignIn() {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/public/discretion-lists?department=HBJ",
				null, null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode lists = ApiAnswers.json(response);
		assertThat(lists.get("department").asText()).isEqualTo("HBJ");
		assertThat(lists.get("departmentName").asText()).isEqualTo("生态环境局");
		assertThat(lists.get("lists").findValuesAsText("list")).containsExactly("NO_PENALTY", "MITIGATED", "LIGHTER",
				"HEAVIER");
		JsonNode noPenalty = lists.get("lists").get(0).get("matters");
		assertThat(noPenalty.findValuesAsText("code")).contains("HB-SW-001");
		assertThat(noPenalty.get(0).has("legalBasis")).isTrue();
		assertThat(noPenalty.get(0).has("conditions")).isTrue();
		assertThat(lists.toString()).doesNotContain("HB-YB-001");
	}

	@Test
	void thePublicPageShowsADepartmentsFourLists() {
		HttpResponse<String> page = new SignedInClient(this.port).get("/public/discretion-lists?department=YJJ");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("四张清单公示", "不予处罚事项清单", "减轻处罚事项清单", "从轻处罚事项清单", "从重处罚事项清单", "外协单位从业人员上岗培训未如实记录",
				"《安全生产法》第九十七条");
		assertThat(new SignedInClient(this.port).get("/public/inspection-items").body())
			.contains("/public/discretion-lists");
		assertThat(new SignedInClient(this.port).get("/public/discretion-lists?department=NOPE").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theAdministratorsPageListsPreviewsAndImports() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");
		assertThat(admin.get("/").body()).contains("/admin/violation-matters");
		assertThat(admin.get("/admin/violation-matters?department=HBJ&list=HEAVIER").body()).contains("HB-CQ-001")
			.doesNotContain("YJ-CQ-001");

		String code = "TPAGE-" + System.nanoTime();
		HttpResponse<String> uploaded = admin
			.postFile("/admin/violation-matters/preview", "file", "页面导入.csv", ViolationCatalogImportTests
				.bytes(ViolationCatalogImportTests.HEADER + "\n" + code + ",YJJ,页面导入的事项,《中华人民共和国安全生产法》第九十七条,,,,,,否\n"));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String preview = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(preview).contains("preview=");
		String previewPage = admin.get(preview.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(previewPage).contains("导入预览", code, "页面导入的事项");
		assertThat(this.catalog.find(code)).isEmpty();

		String jobId = preview.substring(preview.indexOf("preview=") + "preview=".length());
		HttpResponse<String> confirmed = admin.postForm("/admin/violation-matters/imports/" + jobId + "/confirm",
				java.util.Map.of());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/violation-matters").body()).contains("导入完成：新增 1 项，更新 0 项。");
		assertThat(this.catalog.find(code)).isPresent();
		assertThat(admin.postForm("/admin/violation-matters/imports/" + jobId + "/confirm", java.util.Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/violation-matters").body()).contains("已确认或已结束");
	}

}
