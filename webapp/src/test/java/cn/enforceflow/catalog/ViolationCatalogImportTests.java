package cn.enforceflow.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.SignedInClient.FilePart;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.imports.HeldImports;
import cn.enforceflow.organization.DepartmentCode;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The violation catalog's import and export through the API, as an administrator uses
 * them: every bad row reported and nothing changed, dry runs, updates, round trips, the
 * background job, and files no spreadsheet program would write.
 */
@FullApplication
class ViolationCatalogImportTests {

	static final String HEADER = "编码,部门,违法事项,法律依据,处罚依据,清单,追溯期限（月）,追责时效（月）,免罚条件,安全底线";

	@LocalServerPort
	int port;

	@Autowired
	ViolationCatalog catalog;

	@Autowired
	AuditTrail audit;

	@Autowired
	HeldImports background;

	/** Codes of this test alone: the catalog is shared by every test of the run. */
	private String prefix;

	@BeforeEach
	void ownCodes() {
		this.prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void reportsEveryBadRowAndChangesNothing() {
		String csv = HEADER + "\n" + row("001", "YJJ", "未如实记录安全生产教育和培训情况", "NO_PENALTY", "24") + "\n"
				+ row("002", "不存在局", "事项二", "从轻", "24") + "\n" + row("003", "SJJ", "事项三", "宽大", "0") + "\n"
				+ code("004") + ",HBJ,,,,,121,abc,,也许\n" + row("001", "应急管理局", "重复的编码", "", "") + "\n";

		HttpResponse<String> response = upload("/api/violation-matters/import", "有错的目录.csv", bytes(csv));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(ApiAnswers.detail(response)).isEqualTo("文件有 9 处错误，未导入任何数据。");
		List<String> errors = new ArrayList<>();
		ApiAnswers.json(response)
			.get("errors")
			.forEach((e) -> errors
				.add(e.get("row").asInt() + "|" + e.get("column").asText() + "|" + e.get("message").asText()));
		assertThat(errors).containsExactly("3|部门|第3行“部门”：执法部门“不存在局”不存在，请填写部门编码（如 YJJ）或名称（如 应急管理局）。",
				"4|清单|第4行“清单”：清单“宽大”不存在，应为 不予处罚、减轻、从轻、从重（或 NO_PENALTY、MITIGATED、LIGHTER、HEAVIER）或留空。",
				"4|追溯期限（月）|第4行“追溯期限（月）”：“0”不是 1 到 120 之间的整数月数。", "5|违法事项|第5行“违法事项”：不能为空。", "5|法律依据|第5行“法律依据”：不能为空。",
				"5|追溯期限（月）|第5行“追溯期限（月）”：“121”不是 1 到 120 之间的整数月数。", "5|追责时效（月）|第5行“追责时效（月）”：“abc”不是 1 到 120 之间的整数月数。",
				"5|安全底线|第5行“安全底线”：“也许”应为 是 或 否（true 或 false）。", "6|编码|第6行“编码”：“" + code("001") + "”与第2行重复。");
		assertThat(this.catalog.find(code("001"))).isEmpty();
	}

	@Test
	void dryRunPreviewsAndChangesNothing() {
		String csv = HEADER + "\n" + row("001", "YJJ", "事项一", "NO_PENALTY", "24") + "\n"
				+ row("002", "市场监督管理局", "事项二", "从重", "") + "\n";

		HttpResponse<String> response = upload("/api/violation-matters/import?dryRun=true", "预览.csv", bytes(csv));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode preview = ApiAnswers.json(response);
		assertThat(preview.get("dryRun").asBoolean()).isTrue();
		assertThat(preview.get("toAdd").asInt()).isEqualTo(2);
		assertThat(preview.get("toChange").asInt()).isZero();
		assertThat(preview.get("errors")).isEmpty();
		assertThat(preview.get("adding").findValuesAsText("key")).containsExactly(code("001"), code("002"));
		assertThat(this.catalog.find(code("001"))).isEmpty();
		assertThat(this.catalog.find(code("002"))).isEmpty();
	}

	@Test
	void importsAGoodFileAndASecondImportUpdatesIt() {
		long before = imports();
		String first = HEADER + "\n" + row("001", "YJJ", "事项一", "不予处罚", "24") + "\n" + row("002", "HBJ", "事项二", "", "")
				+ "\n";

		HttpResponse<String> imported = upload("/api/violation-matters/import", "第一版.csv", bytes(first));

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(ApiAnswers.json(imported).get("imported").asInt()).isEqualTo(2);
		assertThat(ApiAnswers.json(imported).get("updated").asInt()).isZero();
		ViolationMatter one = this.catalog.find(code("001")).orElseThrow();
		assertThat(one.department()).isEqualTo(DepartmentCode.of("YJJ"));
		assertThat(one.list()).contains(DiscretionList.NO_PENALTY);
		assertThat(this.catalog.find(code("002")).orElseThrow().list()).isEmpty();
		assertThat(this.catalog.find(code("002")).orElseThrow().lookBackMonths()).isEqualTo(24);

		String second = HEADER + "\n" + row("001", "YJJ", "事项一（修订）", "减轻", "36") + "\n"
				+ row("002", "HBJ", "事项二", "", "") + "\n" + row("003", "SJJ", "事项三", "HEAVIER", "12") + "\n";
		HttpResponse<String> updated = upload("/api/violation-matters/import", "第二版.csv", bytes(second));

		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(ApiAnswers.json(updated).get("imported").asInt()).isEqualTo(1);
		assertThat(ApiAnswers.json(updated).get("updated").asInt()).isEqualTo(1);
		ViolationMatter revised = this.catalog.find(code("001")).orElseThrow();
		assertThat(revised.name()).isEqualTo("事项一（修订）");
		assertThat(revised.list()).contains(DiscretionList.MITIGATED);
		assertThat(revised.lookBackMonths()).isEqualTo(36);
		assertThat(imports()).isEqualTo(before + 2);
		AuditEntry entry = this.audit.latest(20)
			.stream()
			.filter((e) -> e.action().equals("CATALOG_IMPORTED"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.actor()).isEqualTo("admin");
		assertThat(entry.after()).contains("第二版.csv", "\"imported\":1", "\"updated\":1");

		HttpResponse<String> again = upload("/api/violation-matters/import", "第二版.csv", bytes(second));
		assertThat(ApiAnswers.json(again).get("imported").asInt()).isZero();
		assertThat(ApiAnswers.json(again).get("updated").asInt()).isZero();
		assertThat(imports()).as("an import that changes nothing is no audit entry").isEqualTo(before + 2);
	}

	@Test
	void acceptsTheEnglishHeadersOfTheReferenceSample() {
		String csv = "\uFEFFcode,department,name,legal_basis,list,lookback_months,exemption_conditions\r\n"
				+ code("001") + ",市场监督管理局,食品经营许可证有效期届满未延续,《食品经营许可和备案管理办法》,NO_PENALTY,24,首次违法；已改正\r\n";

		HttpResponse<String> response = upload("/api/violation-matters/import", "sample.csv", bytes(csv));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		ViolationMatter matter = this.catalog.find(code("001")).orElseThrow();
		assertThat(matter.department()).isEqualTo(DepartmentCode.of("SJJ"));
		assertThat(matter.limitationMonths()).isEqualTo(24);
		assertThat(matter.safetyBottomLine()).isFalse();
	}

	@Test
	void anExportImportsBackUnchangedAsXlsxAndAsCsv() throws IOException {
		upload("/api/violation-matters/import", "新增.csv",
				bytes(HEADER + "\n" + code("001") + ",YJJ,\"含逗号,和引号\"\"的事项\",《安全生产法》第九十七条,,从轻,24,60, 前后空格 ,是\n"));

		for (String format : List.of("xlsx", "csv")) {
			HttpResponse<byte[]> export = new SignedInClient(this.port)
				.apiBytes("/api/violation-matters/export?format=" + format, "admin", "demo");
			assertThat(export.statusCode()).isEqualTo(200);
			assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
					"." + format);
			assertThat(export.headers().firstValue("Content-Type").orElseThrow())
				.startsWith(format.equals("csv") ? "text/csv" : "application/vnd.openxmlformats");

			HttpResponse<String> back = upload("/api/violation-matters/import?dryRun=true", "导出." + format,
					export.body());

			assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
			assertThat(ApiAnswers.json(back).get("toAdd").asInt()).as(format).isZero();
			assertThat(ApiAnswers.json(back).get("toChange").asInt()).as(format).isZero();
			assertThat(ApiAnswers.json(back).get("total").asInt())
				.isEqualTo(this.catalog.matters(Optional.empty(), Optional.empty()).size());
		}
		ViolationMatter matter = this.catalog.find(code("001")).orElseThrow();
		assertThat(matter.name()).isEqualTo("含逗号,和引号\"的事项");
		assertThat(matter.exemptionConditions()).isEqualTo("前后空格");
		assertThat(matter.safetyBottomLine()).isTrue();
	}

	@Test
	void readsXlsxWithTheChineseHeaders() throws IOException {
		byte[] xlsx = xlsx(List.of(List.of(HEADER.split(",")),
				List.of(code("001"), "生态环境局", "事项一", "《大气污染防治法》第一百条", "", "从重", "24", "60", "", "true")));

		HttpResponse<String> response = upload("/api/violation-matters/import", "目录.xlsx", xlsx);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(this.catalog.find(code("001")).orElseThrow().limitationMonths()).isEqualTo(60);
	}

	@Test
	void moreThanAThousandRowsRunAsABackgroundJobThatAppliesInOneGo() {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 1; i <= 1001; i++) {
			csv.append(row(String.format("%04d", i), "YJJ", "批量事项" + i, "", "")).append('\n');
		}

		HttpResponse<String> started = upload("/api/violation-matters/import", "大文件.csv", bytes(csv.toString()));

		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String jobId = ApiAnswers.json(started).get("jobId").asText();
		JsonNode running = job(jobId);
		assertThat(running.get("status").asText()).isEqualTo("RUNNING");
		assertThat(running.get("total").asInt()).isEqualTo(1001);
		assertThat(running.get("processed").asInt()).isZero();
		assertThat(this.catalog.find(code("0001"))).isEmpty();

		assertThat(this.background.runAll()).isEqualTo(1);

		JsonNode done = job(jobId);
		assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(done.get("processed").asInt()).isEqualTo(1001);
		assertThat(done.get("imported").asInt()).isEqualTo(1001);
		assertThat(done.get("updated").asInt()).isZero();
		assertThat(done.get("errors")).isEmpty();
		assertThat(this.catalog.find(code("0001"))).isPresent();
		assertThat(this.catalog.find(code("1001"))).isPresent();
	}

	@Test
	void aBackgroundJobWithOneBadRowFailsAndChangesNothing() {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 1; i <= 1200; i++) {
			csv.append(row(String.format("%04d", i), (i == 1100) ? "火星局" : "HBJ", "批量事项" + i, "", "")).append('\n');
		}
		String jobId = ApiAnswers.json(upload("/api/violation-matters/import", "大文件.csv", bytes(csv.toString())))
			.get("jobId")
			.asText();

		this.background.runAll();

		JsonNode failed = job(jobId);
		assertThat(failed.get("status").asText()).isEqualTo("FAILED");
		assertThat(failed.get("processed").asInt()).isEqualTo(1200);
		assertThat(failed.get("imported").asInt()).isZero();
		assertThat(failed.get("errors").get(0).get("row").asInt()).isEqualTo(1101);
		assertThat(failed.get("errors").get(0).get("message").asText()).startsWith("第1101行“部门”：执法部门“火星局”不存在");
		assertThat(this.catalog.find(code("0001"))).isEmpty();
	}

	@Test
	void filesNoSpreadsheetProgramWritesAreProblemsNotErrors() throws IOException {
		Map<String, byte[]> files = Map.of("空.csv", new byte[0], "图片.xlsx", "GIF89a not a workbook".getBytes(),
				"目录.txt", bytes(HEADER), "只有表头.csv", bytes(HEADER + "\n"), "空表.xlsx", xlsx(List.of()), "大文件.csv",
				new byte[10 * 1024 * 1024]);
		Map<String, String> expected = Map.of("空.csv", "422 文件“空.csv”是空的。", "图片.xlsx",
				"422 无法读取此 Excel 文件：请另存为 .xlsx（Excel 工作簿）后重试，且不要加密。", "目录.txt", "422 “目录.txt”不是 .xlsx 或 .csv 文件。",
				"只有表头.csv", "422 文件“只有表头.csv”中没有数据行（第一行应为表头）。", "空表.xlsx", "422 文件“空表.xlsx”中没有数据行（第一行应为表头）。", "大文件.csv",
				"413 文件超过 5 MB，未导入。");
		files.forEach((name, content) -> {
			HttpResponse<String> response = upload("/api/violation-matters/import", name, content);
			assertThat(response.statusCode() + " " + ApiAnswers.detail(response)).as(name)
				.isEqualTo((expected.get(name).startsWith("422") ? "422 文件有 1 处错误，未导入任何数据。" : expected.get(name)));
			if (response.statusCode() == 422) {
				assertThat(ApiAnswers.json(response).get("errors").get(0).get("message").asText()).as(name)
					.isEqualTo(expected.get(name).substring(4));
			}
		});
		HttpResponse<String> noFile = new SignedInClient(this.port).apiPostFiles("/api/violation-matters/import",
				"admin", "demo", Map.of("other", "x"), List.of());
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(ApiAnswers.detail(noFile)).isEqualTo("请选择要导入的文件。");
	}

	@Test
	void aFormulaIsReportedNotEvaluated() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		Row header = sheet.createRow(0);
		String[] names = HEADER.split(",");
		for (int c = 0; c < names.length; c++) {
			header.createCell(c).setCellValue(names[c]);
		}
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue(code("001"));
		row.createCell(1).setCellValue("YJJ");
		row.createCell(2).setCellValue("事项一");
		row.createCell(3).setCellValue("《安全生产法》第九十九条");
		row.createCell(6).setCellFormula("12*2");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		workbook.close();

		HttpResponse<String> response = upload("/api/violation-matters/import", "公式.xlsx", out.toByteArray());

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(ApiAnswers.json(response).get("errors").get(0).get("message").asText())
			.isEqualTo("第2行“追溯期限（月）”：是公式；请复制后“选择性粘贴为数值”再导入。");
		assertThat(this.catalog.find(code("001"))).isEmpty();
	}

	@Test
	void onlyAdministratorsImportAndExport() {
		byte[] csv = bytes(HEADER + "\n" + row("001", "YJJ", "事项一", "", "") + "\n");
		for (String user : List.of("officer1", "supervisor1", "enterprise1")) {
			HttpResponse<String> response = new SignedInClient(this.port).apiPostFiles("/api/violation-matters/import",
					user, "demo", Map.of(), List.of(new FilePart("file", "a.csv", csv)));
			assertThat(response.statusCode()).as(user).isEqualTo(403);
			assertThat(
					new SignedInClient(this.port).apiBytes("/api/violation-matters/export", user, "demo").statusCode())
				.as(user)
				.isEqualTo(403);
		}
		assertThat(this.catalog.find(code("001"))).isEmpty();
	}

	private JsonNode job(String jobId) {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/imports/" + jobId, "admin", "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiAnswers.json(response);
	}

	private long imports() {
		return this.audit.latest(1000).stream().filter((e) -> e.action().equals("CATALOG_IMPORTED")).count();
	}

	private HttpResponse<String> upload(String path, String filename, byte[] content) {
		return new SignedInClient(this.port).apiPostFiles(path, "admin", "demo", Map.of(),
				List.of(new FilePart("file", filename, content)));
	}

	private String code(String suffix) {
		return this.prefix + "-" + suffix;
	}

	private String row(String suffix, String department, String name, String list, String lookBack) {
		return String.join(",", code(suffix), department, name, "《中华人民共和国安全生产法》第九十七条", "", list, lookBack, "", "", "否");
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("目录");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static XSSFWorkbook read(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

}
