package cn.enforceflow.catalog.internal;

import cn.enforceflow.catalog.InspectionItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "inspection_item")
class InspectionItemEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "list_id")
	private InspectionItemListEntity list;

	@Column(nullable = false, length = 32)
	private String code;

	@Column(nullable = false, length = 128)
	private String name;

	@Column(length = 500)
	private String content;

	@Column(name = "legal_basis", nullable = false, length = 500)
	private String legalBasis;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected InspectionItemEntity() {
	}

	InspectionItemEntity(InspectionItemListEntity list, InspectionItem item, int sortOrder) {
		this.list = list;
		this.code = item.code();
		this.name = item.name();
		this.content = item.content();
		this.legalBasis = item.legalBasis();
		this.sortOrder = sortOrder;
	}

	InspectionItem toItem() {
		return new InspectionItem(this.code, this.name, this.content, this.legalBasis);
	}

}
