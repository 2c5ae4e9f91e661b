package cn.enforceflow.organization.web;

import cn.enforceflow.organization.DepartmentNames;
import cn.enforceflow.platform.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Department names in the reader's language for every page:
 * {@code ${departmentNames.of(department)}}.
 */
@ControllerAdvice(annotations = PageController.class)
class DepartmentNamesModel {

	private final DepartmentNames names;

	DepartmentNamesModel(DepartmentNames names) {
		this.names = names;
	}

	@ModelAttribute("departmentNames")
	DepartmentNames departmentNames() {
		return this.names;
	}

}
