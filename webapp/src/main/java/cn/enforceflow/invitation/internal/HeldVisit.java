package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The visit as it was held: on which day, why on another day than the agreed one, and who
 * recorded it. The officers who inspected are the invitation's inspectors.
 */
@Embeddable
class HeldVisit {

	@Column(name = "inspected_on")
	private LocalDate inspectedOn;

	/** Why the inspection was held on another day than the agreed one. */
	@Column(name = "date_change_reason")
	private String dateChangeReason;

	@Column(name = "inspected_by", length = 64)
	private String inspectedBy;

	protected HeldVisit() {
	}

	HeldVisit(LocalDate inspectedOn, String dateChangeReason, String inspectedBy) {
		this.inspectedOn = inspectedOn;
		this.dateChangeReason = dateChangeReason;
		this.inspectedBy = inspectedBy;
	}

	LocalDate inspectedOn() {
		return this.inspectedOn;
	}

	String dateChangeReason() {
		return this.dateChangeReason;
	}

	String inspectedBy() {
		return this.inspectedBy;
	}

}
