package cn.enforceflow.catalog.internal;

import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.organization.DepartmentCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "violation_matter")
class ViolationMatterEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 80, unique = true)
	private String code;

	@Column(name = "department_code", nullable = false, length = 16)
	private String departmentCode;

	@Column(nullable = false, length = 400)
	private String name;

	@Column(name = "legal_basis", nullable = false, length = 1000)
	private String legalBasis;

	@Column(name = "penalty_basis", length = 1000)
	private String penaltyBasis;

	@Enumerated(EnumType.STRING)
	@Column(name = "discretion_list", length = 16)
	private DiscretionList discretionList;

	@Column(name = "look_back_months", nullable = false)
	private int lookBackMonths;

	@Column(name = "limitation_months", nullable = false)
	private int limitationMonths;

	@Column(name = "exemption_conditions", length = 2000)
	private String exemptionConditions;

	@Column(name = "safety_bottom_line", nullable = false)
	private boolean safetyBottomLine;

	@Version
	private long version;

	protected ViolationMatterEntity() {
	}

	static ViolationMatterEntity of(ViolationMatter matter) {
		ViolationMatterEntity entity = new ViolationMatterEntity();
		entity.code = matter.code();
		entity.update(matter);
		return entity;
	}

	/** Takes everything but the code, which names the matter for good. */
	void update(ViolationMatter matter) {
		this.departmentCode = matter.department().value();
		this.name = matter.name();
		this.legalBasis = matter.legalBasis();
		this.penaltyBasis = matter.penaltyBasis();
		this.discretionList = matter.list().orElse(null);
		this.lookBackMonths = matter.lookBackMonths();
		this.limitationMonths = matter.limitationMonths();
		this.exemptionConditions = matter.exemptionConditions();
		this.safetyBottomLine = matter.safetyBottomLine();
	}

	String code() {
		return this.code;
	}

	ViolationMatter toMatter() {
		return new ViolationMatter(this.code, DepartmentCode.of(this.departmentCode), this.name, this.legalBasis,
				this.penaltyBasis, Optional.ofNullable(this.discretionList), this.lookBackMonths, this.limitationMonths,
				this.exemptionConditions, this.safetyBottomLine);
	}

}
