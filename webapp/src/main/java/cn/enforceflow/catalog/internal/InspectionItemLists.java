package cn.enforceflow.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionItemLists extends JpaRepository<InspectionItemListEntity, Long> {

	/**
	 * Newest first; a department has a handful of lists, so no paging (which would defeat
	 * the fetch join).
	 */
	@EntityGraph(attributePaths = "items")
	List<InspectionItemListEntity> findByDepartmentCodeAndStatusOrderByPublishedOnDescIdDesc(String departmentCode,
			InspectionItemListEntity.Status status);

	@EntityGraph(attributePaths = "items")
	List<InspectionItemListEntity> findByStatusOrderByDepartmentCode(InspectionItemListEntity.Status status);

}
