package cn.enforceflow.exemption.internal;

import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationMatter;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The matter of the violation catalog as it was when the case was registered: the case
 * keeps what it was assessed against, whatever the catalog says later.
 */
@Embeddable
class AssessedMatter {

	@Column(name = "matter_code", nullable = false, length = 40, updatable = false)
	private String code;

	@Column(name = "matter_name", nullable = false, length = 500, updatable = false)
	private String name;

	@Column(name = "matter_legal_basis", nullable = false, length = 1000, updatable = false)
	private String legalBasis;

	@Column(name = "matter_penalty_basis", length = 1000, updatable = false)
	private String penaltyBasis;

	@Column(name = "matter_list", length = 16, updatable = false)
	private String list;

	@Column(name = "matter_look_back_months", nullable = false, updatable = false)
	private int lookBackMonths;

	@Column(name = "matter_limitation_months", nullable = false, updatable = false)
	private int limitationMonths;

	@Column(name = "matter_conditions", length = 2000, updatable = false)
	private String exemptionConditions;

	@Column(name = "matter_safety_bottom_line", nullable = false, updatable = false)
	private boolean safetyBottomLine;

	protected AssessedMatter() {
	}

	static AssessedMatter of(ViolationMatter matter) {
		AssessedMatter snapshot = new AssessedMatter();
		snapshot.code = matter.code();
		snapshot.name = matter.name();
		snapshot.legalBasis = matter.legalBasis();
		snapshot.penaltyBasis = matter.penaltyBasis();
		snapshot.list = matter.list().map(Enum::name).orElse(null);
		snapshot.lookBackMonths = matter.lookBackMonths();
		snapshot.limitationMonths = matter.limitationMonths();
		snapshot.exemptionConditions = matter.exemptionConditions();
		snapshot.safetyBottomLine = matter.safetyBottomLine();
		return snapshot;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String legalBasis() {
		return this.legalBasis;
	}

	String penaltyBasis() {
		return this.penaltyBasis;
	}

	Optional<DiscretionList> list() {
		return Optional.ofNullable(this.list).map(DiscretionList::valueOf);
	}

	int lookBackMonths() {
		return this.lookBackMonths;
	}

	int limitationMonths() {
		return this.limitationMonths;
	}

	String exemptionConditions() {
		return this.exemptionConditions;
	}

	boolean safetyBottomLine() {
		return this.safetyBottomLine;
	}

}
