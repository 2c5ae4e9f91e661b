package cn.enforceflow.catalog.web;

import java.util.List;

import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.InspectionItem;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.DepartmentNames;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enforcement departments and their published inspection-item lists, for the API.
 */
@RestController
@Tag(name = "catalog", description = "执法部门与检查事项清单")
class CatalogController {

	private final Organizations organizations;

	private final InspectionCatalog catalog;

	CatalogController(Organizations organizations, InspectionCatalog catalog) {
		this.organizations = organizations;
		this.catalog = catalog;
	}

	@GetMapping("/api/departments")
	@Operation(summary = "可受理邀约的执法部门")
	List<DepartmentView> departments() {
		return this.organizations.departments(DepartmentKind.ENFORCEMENT)
			.stream()
			.map((d) -> new DepartmentView(d.code().value(), d.name()))
			.toList();
	}

	@GetMapping("/api/departments/{code}/inspection-items")
	@Operation(summary = "部门已公布的检查事项清单")
	List<InspectionItem> inspectionItems(@PathVariable String code) {
		Department department = departmentOf(code);
		return this.catalog.publishedList(department.code())
			.map(InspectionItemList::items)
			.orElseThrow(() -> new NotFoundException("catalog.list.notPublished", DepartmentNames.label(department)));
	}

	private Department departmentOf(String code) {
		if (code == null || !code.matches("[A-Z][A-Z0-9]{1,15}")) {
			throw new NotFoundException("organization.department.notFound", String.valueOf(code));
		}
		return this.organizations.department(DepartmentCode.of(code))
			.filter((d) -> d.kind() == DepartmentKind.ENFORCEMENT)
			.orElseThrow(() -> new NotFoundException("organization.department.notFound", code));
	}

	record DepartmentView(String code, String name) {

	}

}
