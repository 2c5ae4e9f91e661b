package cn.enforceflow.catalog;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.organization.DepartmentCode;

/**
 * 检查事项清单 — the list of items a department may inspect. Only a published list counts.
 */
public record InspectionItemList(DepartmentCode department, String title, LocalDate publishedOn,
		List<InspectionItem> items) {

	public InspectionItemList {
		items = List.copyOf(items);
	}

}
