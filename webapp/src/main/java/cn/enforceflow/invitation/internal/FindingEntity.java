package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.Handover;
import cn.enforceflow.invitation.HazardLevel;
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
 * The finding on one item of an inspection: compliant, or a hazard (隐患) to rectify by its
 * deadline, with the rounds of reports and verifications that follow.
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

	@Column(length = 2000)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "hazard_level", length = 16)
	private HazardLevel level;

	@Column(name = "legal_basis", length = 500)
	private String legalBasis;

	@Column(length = 2000)
	private String advice;

	private LocalDate deadline;

	@Column(name = "suspected_violation", nullable = false)
	private boolean suspectedViolation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private FindingStatus status;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private Handover handover;

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

	static FindingEntity hazard(String itemCode, String description, HazardLevel level, String legalBasis,
			String advice, LocalDate deadline, boolean suspectedViolation, String by, Instant at) {
		FindingEntity finding = new FindingEntity();
		finding.itemCode = itemCode;
		finding.compliant = false;
		finding.description = description;
		finding.level = level;
		finding.legalBasis = legalBasis;
		finding.advice = advice;
		finding.deadline = deadline;
		finding.suspectedViolation = suspectedViolation;
		finding.status = FindingStatus.AWAITING_REPORT;
		finding.handover = suspectedViolation ? Handover.AWAITING_ASSESSMENT : null;
		finding.recordedBy = by;
		finding.recordedAt = at;
		return finding;
	}

	void belongTo(InvitationEntity invitation) {
		this.invitation = invitation;
	}

	void report(int round, String text, String attachmentIds, String by, Instant at, boolean late) {
		this.reports.add(new RectificationEntity(this, round, text, attachmentIds, by, at, late));
		this.status = FindingStatus.REPORTED;
	}

	void accept(int round, String by, Instant at) {
		this.verifications.add(new VerificationEntity(this, round, true, null, null, by, at));
		this.status = FindingStatus.RECTIFIED;
	}

	void sendBack(int round, String reason, LocalDate newDeadline, String by, Instant at) {
		this.verifications.add(new VerificationEntity(this, round, false, reason, newDeadline, by, at));
		this.deadline = newDeadline;
		this.status = FindingStatus.AWAITING_REPORT;
	}

	/** The last round failed: not rectified, and to be assessed for an exemption. */
	void notRectified(int round, String reason, String by, Instant at) {
		this.verifications.add(new VerificationEntity(this, round, false, reason, null, by, at));
		this.status = FindingStatus.NOT_RECTIFIED;
		this.handover = Handover.AWAITING_ASSESSMENT;
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

	Optional<Handover> handover() {
		return Optional.ofNullable(this.handover);
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
