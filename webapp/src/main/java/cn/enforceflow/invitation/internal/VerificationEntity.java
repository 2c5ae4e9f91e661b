package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 复查 — the officer's conclusion on one reported hazard in one round. */
@Entity
@Table(name = "invitation_verification")
class VerificationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "finding_id")
	private FindingEntity finding;

	@Column(nullable = false)
	private int round;

	@Column(nullable = false)
	private boolean accepted;

	@Column(length = 500)
	private String reason;

	@Column(name = "new_deadline")
	private LocalDate newDeadline;

	@Column(name = "verified_by", nullable = false, length = 64)
	private String verifiedBy;

	@Column(name = "verified_at", nullable = false)
	private Instant verifiedAt;

	protected VerificationEntity() {
	}

	VerificationEntity(FindingEntity finding, int round, boolean accepted, String reason, LocalDate newDeadline,
			String verifiedBy, Instant verifiedAt) {
		this.finding = finding;
		this.round = round;
		this.accepted = accepted;
		this.reason = reason;
		this.newDeadline = newDeadline;
		this.verifiedBy = verifiedBy;
		this.verifiedAt = verifiedAt;
	}

	int round() {
		return this.round;
	}

	boolean accepted() {
		return this.accepted;
	}

	String reason() {
		return this.reason;
	}

	LocalDate newDeadline() {
		return this.newDeadline;
	}

	String verifiedBy() {
		return this.verifiedBy;
	}

	Instant verifiedAt() {
		return this.verifiedAt;
	}

}
