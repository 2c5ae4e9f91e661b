package cn.enforceflow.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.ViolationCatalog;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 行政执法公示 — the published inspection-item lists and each department's four discretion
 * lists (四张清单), readable without signing in.
 */
@PageController
class PublicCatalogController {

	private final Organizations organizations;

	private final InspectionCatalog catalog;

	private final ViolationCatalog violations;

	PublicCatalogController(Organizations organizations, InspectionCatalog catalog, ViolationCatalog violations) {
		this.organizations = organizations;
		this.catalog = catalog;
		this.violations = violations;
	}

	@GetMapping("/public/inspection-items")
	String inspectionItems(Model model) {
		Map<String, Department> departments = this.organizations.departments(DepartmentKind.ENFORCEMENT)
			.stream()
			.collect(Collectors.toMap((d) -> d.code().value(), Function.identity()));
		model.addAttribute("departments", departments);
		model.addAttribute("lists",
				this.catalog.publishedLists()
					.stream()
					.filter((list) -> departments.containsKey(list.department().value()))
					.toList());
		return "public/inspection-items";
	}

	/** Without a department, the first one's lists; the others are a tab away. */
	@GetMapping("/public/discretion-lists")
	String discretionLists(@RequestParam(required = false) String department, Model model) {
		List<Department> departments = this.organizations.departments(DepartmentKind.ENFORCEMENT);
		Department shown;
		try {
			shown = ViolationQuery.department(this.organizations, department)
				.or(() -> departments.stream().findFirst())
				.orElseThrow(() -> new NotFoundException("catalog.matter.departmentRequired"));
		}
		catch (BusinessRuleException ex) {
			throw new NotFoundException("organization.department.notFound", String.valueOf(department));
		}
		List<ViolationMatter> matters = this.violations.matters(Optional.of(shown.code()), Optional.empty());
		model.addAttribute("departments", departments);
		model.addAttribute("shown", shown);
		model.addAttribute("lists",
				Arrays.stream(DiscretionList.values())
					.map((list) -> new ListView(list.name(),
							matters.stream().filter((m) -> m.list().equals(Optional.of(list))).toList()))
					.toList());
		return "public/discretion-lists";
	}

	/** One of the four lists and its matters; public, FreeMarker reads only those. */
	public record ListView(String list, List<ViolationMatter> matters) {

	}

}
