package cn.enforceflow.catalog.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationCatalog;
import cn.enforceflow.catalog.ViolationCatalogAdministration;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.imports.ExportFormat;
import cn.enforceflow.imports.ExportedFile;
import cn.enforceflow.imports.ImportAnswers;
import cn.enforceflow.imports.ImportUploads;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentNames;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 违法事项目录 for the API: the matters for staff, the import and export for administrators,
 * and the discretion lists (四张清单) for the public.
 */
@RestController
@Tag(name = "violation-catalog", description = "违法事项目录与四张清单")
class ViolationCatalogController {

	private final ViolationCatalog catalog;

	private final ViolationCatalogAdministration administration;

	private final Organizations organizations;

	private final DepartmentNames departmentNames;

	private final ImportUploads uploads;

	private final ImportAnswers answers;

	ViolationCatalogController(ViolationCatalog catalog, ViolationCatalogAdministration administration,
			Organizations organizations, DepartmentNames departmentNames, ImportUploads uploads,
			ImportAnswers answers) {
		this.catalog = catalog;
		this.administration = administration;
		this.organizations = organizations;
		this.departmentNames = departmentNames;
		this.uploads = uploads;
		this.answers = answers;
	}

	@GetMapping("/api/violation-matters")
	@Operation(summary = "违法事项目录，可按部门和清单筛选")
	List<MatterView> matters(@Parameter(description = "部门编码，如 YJJ") @RequestParam(required = false) String department,
			@Parameter(description = "NO_PENALTY、MITIGATED、LIGHTER 或 HEAVIER") @RequestParam(
					required = false) String list) {
		Optional<Department> filter = ViolationQuery.department(this.organizations, department);
		return this.catalog.matters(filter.map(Department::code), ViolationQuery.list(list))
			.stream()
			.map(MatterView::of)
			.toList();
	}

	@PostMapping(path = "/api/violation-matters/import", consumes = MediaType.ALL_VALUE)
	@PreAuthorize("@access.administrator(authentication)")
	@Operation(summary = "从 .xlsx 或 .csv 导入违法事项（仅系统管理员）：任何一行有误则不导入；dryRun=true 只预览；超过 1000 行转为后台任务")
	ResponseEntity<?> importFile(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Principal principal, HttpServletRequest request) {
		return this.answers.of(this.administration.importFile(this.uploads.of(file), dryRun, principal.getName()),
				request);
	}

	@GetMapping("/api/violation-matters/export")
	@PreAuthorize("@access.administrator(authentication)")
	@Operation(summary = "导出违法事项目录（仅系统管理员），表头与导入相同")
	ResponseEntity<byte[]> export(
			@Parameter(description = "xlsx 或 csv") @RequestParam(required = false) String format) {
		return file(this.administration.export(format(format)));
	}

	@GetMapping("/api/public/discretion-lists")
	@Operation(summary = "部门的四张清单（行政执法公示，无需登录）")
	DiscretionListsView discretionLists(
			@Parameter(description = "部门编码，如 YJJ") @RequestParam(required = false) String department) {
		Department shown = ViolationQuery.department(this.organizations, department)
			.orElseThrow(() -> new BusinessRuleException("catalog.matter.departmentRequired"));
		List<ViolationMatter> matters = this.catalog.matters(Optional.of(shown.code()), Optional.empty());
		return new DiscretionListsView(shown.code().value(), this.departmentNames.of(shown),
				Arrays.stream(DiscretionList.values())
					.map((list) -> new ListView(list.name(), matters.stream()
						.filter((m) -> m.list().equals(Optional.of(list)))
						.map((m) -> new PublicMatterView(m.code(), m.name(), m.legalBasis(), m.exemptionConditions()))
						.toList()))
					.toList());
	}

	static ExportFormat format(String format) {
		if (format == null || format.isBlank()) {
			return ExportFormat.XLSX;
		}
		return ExportFormat.of(format).orElseThrow(() -> new BusinessRuleException("import.export.format", format));
	}

	static ResponseEntity<byte[]> file(ExportedFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

	record MatterView(String code, String department, String name, String legalBasis, String penaltyBasis, String list,
			int lookBackMonths, int limitationMonths, String exemptionConditions, boolean safetyBottomLine) {

		static MatterView of(ViolationMatter m) {
			return new MatterView(m.code(), m.department().value(), m.name(), m.legalBasis(), m.penaltyBasis(),
					m.list().map(DiscretionList::name).orElse(null), m.lookBackMonths(), m.limitationMonths(),
					m.exemptionConditions(), m.safetyBottomLine());
		}

	}

	record DiscretionListsView(String department, String departmentName, List<ListView> lists) {

	}

	record ListView(String list, List<PublicMatterView> matters) {

	}

	record PublicMatterView(String code, String name, String legalBasis, String conditions) {

	}

}
