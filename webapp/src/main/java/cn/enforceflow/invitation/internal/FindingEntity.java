package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.Handover;
import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.platform.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The finding on one item of an inspection: compliant, or a hazard (隐患) with its own
 * deadline, reported and verified on its own, with its own rounds of send-backs.
 * Invitation inspections are guidance: a rectified hazard is never handed over for a
 * penalty; one left unrectified is handed over only when the officer chooses to.
 */
@Entity
@Table(name = "invitation_finding")
class FindingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "invitation_id")
	private InvitationEntity invitation;

	@Column(name = "item_code", nullable = false, length = 32)
	private String itemCode;

	@Column(nullable = false)
	private boolean compliant;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "hazard_level", length = 16)
	private HazardLevel level;

	@Column(name = "legal_basis")
	private String legalBasis;

	private String advice;

	private LocalDate deadline;

	/** The inspecting officer's note for the verifier: this may be a real violation. */
	@Column(name = "suspected_violation", nullable = false)
	private boolean suspectedViolation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FindingStatus status;

	/** How many times the hazard was sent back. */
	@Column(nullable = false)
	private int rounds;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private Handover handover;

	@Column(name = "handover_reason")
	private String handoverReason;

	@Column(name = "handed_over_by", length = 64)
	private String handedOverBy;

	@Column(name = "handed_over_at")
	private Instant handedOverAt;

	/** The department was told of the hand-over: it is never told twice. */
	@Column(name = "handover_notified", nullable = false)
	private boolean handoverNotified;

	/** The first-violation case registered from the hand-over. */
	@Column(name = "exemption_case", length = 20)
	private String exemptionCase;

	@Column(name = "recorded_by", nullable = false, length = 64)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@OneToMany(mappedBy = "finding", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round")
	private List<RectificationEntity> reports = new ArrayList<>();

	@OneToMany(mappedBy = "finding", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round")
	private List<VerificationEntity> verifications = new ArrayList<>();

	protected FindingEntity() {
	}

	static FindingEntity compliant(String itemCode, String by, Instant at) {
		FindingEntity finding = new FindingEntity();
		finding.itemCode = itemCode;
		finding.compliant = true;
		finding.status = FindingStatus.COMPLIANT;
		finding.recordedBy = by;
		finding.recordedAt = at;
		return finding;
	}

	static FindingEntity hazard(String itemCode, HazardDraft hazard, String by, Instant at) {
		FindingEntity finding = new FindingEntity();
		finding.itemCode = itemCode;
		finding.compliant = false;
		finding.description = hazard.description();
		finding.level = hazard.level();
		finding.legalBasis = hazard.legalBasis();
		finding.advice = hazard.advice();
		finding.deadline = hazard.deadline();
		finding.suspectedViolation = hazard.suspectedViolation();
		finding.status = FindingStatus.AWAITING_REPORT;
		finding.recordedBy = by;
		finding.recordedAt = at;
		return finding;
	}

	void belongTo(InvitationEntity invitation) {
		this.invitation = invitation;
	}

	/** The enterprise reports what it did; late when after the hazard's deadline. */
	void report(String text, String attachmentIds, String by, Instant at, LocalDate today) {
		expect(FindingStatus.AWAITING_REPORT);
		this.reports
			.add(new RectificationEntity(this, round(), text, attachmentIds, by, at, today.isAfter(this.deadline)));
		this.status = FindingStatus.REPORTED;
	}

	void accept(String by, Instant at) {
		expect(FindingStatus.REPORTED);
		this.verifications.add(new VerificationEntity(this, round(), true, null, null, by, at));
		this.status = FindingStatus.RECTIFIED;
	}

	/** 退回整改 with a new deadline, while rounds are left. */
	void sendBack(String reason, LocalDate newDeadline, String by, Instant at, int maxRounds) {
		expect(FindingStatus.REPORTED);
		if (this.rounds >= maxRounds) {
			throw new BusinessRuleException("invitation.verification.noRoundsLeft", maxRounds);
		}
		this.verifications.add(new VerificationEntity(this, round(), false, reason, newDeadline, by, at));
		this.rounds++;
		this.deadline = newDeadline;
		this.status = FindingStatus.AWAITING_REPORT;
	}

	/** 未整改 after the last round, handed to nobody. */
	void notRectified(String reason, String by, Instant at) {
		expect(FindingStatus.REPORTED);
		this.verifications.add(new VerificationEntity(this, round(), false, reason, null, by, at));
		this.status = FindingStatus.NOT_RECTIFIED;
	}

	/**
	 * 未整改, and by the officer's choice handed to the first-violation exemption
	 * assessment, with the reason (the violation they name).
	 */
	void handOver(String reason, String by, Instant at) {
		expect(FindingStatus.REPORTED);
		this.verifications.add(new VerificationEntity(this, round(), false, reason, null, by, at));
		this.status = FindingStatus.NOT_RECTIFIED;
		this.handover = Handover.AWAITING_ASSESSMENT;
		this.handoverReason = reason;
		this.handedOverBy = by;
		this.handedOverAt = at;
	}

	/** An officer registered a first-violation case from the hand-over. */
	void takenUp(String caseNumber) {
		if (this.handover != Handover.AWAITING_ASSESSMENT) {
			throw new IllegalStateException("finding " + this.id + " is not awaiting an assessment");
		}
		this.handover = Handover.TAKEN_UP;
		this.exemptionCase = caseNumber;
	}

	String exemptionCase() {
		return this.exemptionCase;
	}

	/**
	 * Marks the hand-over as told to the department.
	 * @return false when it had been told already
	 */
	boolean markHandoverNotified() {
		if (this.handover == null || this.handoverNotified) {
			return false;
		}
		this.handoverNotified = true;
		return true;
	}

	/** The round the next report or verification belongs to, from 1. */
	int round() {
		return this.rounds + 1;
	}

	private void expect(FindingStatus expected) {
		if (this.status != expected) {
			throw new BusinessRuleException("invitation.finding.notAt", this.itemCode,
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							"invitation.findingStatus." + this.status.name()));
		}
	}

	Long id() {
		return this.id;
	}

	InvitationEntity invitation() {
		return this.invitation;
	}

	String itemCode() {
		return this.itemCode;
	}

	boolean compliant() {
		return this.compliant;
	}

	String description() {
		return this.description;
	}

	HazardLevel level() {
		return this.level;
	}

	String legalBasis() {
		return this.legalBasis;
	}

	String advice() {
		return this.advice;
	}

	LocalDate deadline() {
		return this.deadline;
	}

	boolean suspectedViolation() {
		return this.suspectedViolation;
	}

	FindingStatus status() {
		return this.status;
	}

	int rounds() {
		return this.rounds;
	}

	Optional<Handover> handover() {
		return Optional.ofNullable(this.handover);
	}

	String handoverReason() {
		return this.handoverReason;
	}

	String handedOverBy() {
		return this.handedOverBy;
	}

	Instant handedOverAt() {
		return this.handedOverAt;
	}

	String recordedBy() {
		return this.recordedBy;
	}

	Instant recordedAt() {
		return this.recordedAt;
	}

	List<RectificationEntity> reports() {
		return List.copyOf(this.reports);
	}

	List<VerificationEntity> verifications() {
		return List.copyOf(this.verifications);
	}

}
