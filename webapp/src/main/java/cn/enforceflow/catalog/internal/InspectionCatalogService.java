package cn.enforceflow.catalog.internal;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class InspectionCatalogService implements InspectionCatalog {

	private final InspectionItemLists lists;

	InspectionCatalogService(InspectionItemLists lists) {
		this.lists = lists;
	}

	@Override
	public Optional<InspectionItemList> publishedList(DepartmentCode department) {
		return this.lists
			.findByDepartmentCodeAndStatusOrderByPublishedOnDescIdDesc(department.value(),
					InspectionItemListEntity.Status.PUBLISHED)
			.stream()
			.findFirst()
			.map(InspectionItemListEntity::toList);
	}

	@Override
	public List<InspectionItemList> publishedLists() {
		return this.lists.findByStatusOrderByDepartmentCode(InspectionItemListEntity.Status.PUBLISHED)
			.stream()
			.map(InspectionItemListEntity::toList)
			.toList();
	}

	@Override
	@Transactional
	public boolean publishFirstList(InspectionItemList list) {
		if (publishedList(list.department()).isPresent()) {
			return false;
		}
		this.lists.save(InspectionItemListEntity.published(list));
		return true;
	}

}
