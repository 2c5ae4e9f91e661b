package cn.enforceflow.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.catalog.InspectionItem;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.organization.DepartmentCode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "inspection_item_list")
class InspectionItemListEntity {

	enum Status {

		DRAFT, PUBLISHED, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "department_code", nullable = false, length = 16)
	private String departmentCode;

	@Column(nullable = false, length = 128)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Version
	private long version;

	@OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<InspectionItemEntity> items = new ArrayList<>();

	protected InspectionItemListEntity() {
	}

	static InspectionItemListEntity published(InspectionItemList list) {
		InspectionItemListEntity entity = new InspectionItemListEntity();
		entity.departmentCode = list.department().value();
		entity.title = list.title();
		entity.status = Status.PUBLISHED;
		entity.publishedOn = list.publishedOn();
		int order = 0;
		for (InspectionItem item : list.items()) {
			entity.items.add(new InspectionItemEntity(entity, item, ++order));
		}
		return entity;
	}

	InspectionItemList toList() {
		return new InspectionItemList(DepartmentCode.of(this.departmentCode), this.title, this.publishedOn,
				this.items.stream().map(InspectionItemEntity::toItem).toList());
	}

}
