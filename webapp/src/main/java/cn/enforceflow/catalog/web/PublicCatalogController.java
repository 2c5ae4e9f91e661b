package cn.enforceflow.catalog.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 行政执法公示 — the published inspection-item lists, readable without signing in.
 */
@PageController
class PublicCatalogController {

	private final Organizations organizations;

	private final InspectionCatalog catalog;

	PublicCatalogController(Organizations organizations, InspectionCatalog catalog) {
		this.organizations = organizations;
		this.catalog = catalog;
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

}
