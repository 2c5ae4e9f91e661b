package cn.enforceflow.catalog.web;

import java.util.Locale;
import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;

/** The filters of the violation catalog as they come in a query string. */
final class ViolationQuery {

	private ViolationQuery() {
	}

	/** An enforcement department by its code, or none when not given. */
	static Optional<Department> department(Organizations organizations, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(DepartmentCode.parse(code.strip().toUpperCase(Locale.ROOT))
			.flatMap(organizations::department)
			.filter((d) -> d.kind() == DepartmentKind.ENFORCEMENT)
			.orElseThrow(() -> new BusinessRuleException("catalog.matter.unknownDepartment", code)));
	}

	static Optional<DiscretionList> list(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		for (DiscretionList list : DiscretionList.values()) {
			if (list.name().equalsIgnoreCase(name.strip())) {
				return Optional.of(list);
			}
		}
		throw new BusinessRuleException("catalog.matter.unknownList", name);
	}

}
