package cn.enforceflow.catalog;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.organization.DepartmentCode;

/**
 * 违法事项目录 — the violation matters of the departments, with their discretion lists.
 */
public interface ViolationCatalog {

	Optional<ViolationMatter> find(String code);

	/**
	 * The matters of a department and/or on a list (all when empty), by department and
	 * code.
	 */
	List<ViolationMatter> matters(Optional<DepartmentCode> department, Optional<DiscretionList> list);

}
