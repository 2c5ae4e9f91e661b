package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.invitation.InvitationStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 邀约 — an invitation as stored: the truth about the request (ADR 0002); the engine only
 * carries its tracking number and what the gateways need.
 */
@Entity
@Table(name = "invitation")
class InvitationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tracking_number", nullable = false, length = 20, updatable = false)
	private String trackingNumber;

	@Column(name = "enterprise_credit_code", nullable = false, length = 18, updatable = false)
	private String enterpriseCreditCode;

	@Column(name = "department_code", nullable = false, length = 16, updatable = false)
	private String departmentCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private InvitationStatus status;

	@Column(name = "window_start", nullable = false)
	private LocalDate windowStart;

	@Column(name = "window_end", nullable = false)
	private LocalDate windowEnd;

	@Column(name = "site_address", nullable = false, length = 255)
	private String siteAddress;

	@Column(name = "contact_name", nullable = false, length = 64)
	private String contactName;

	@Column(name = "contact_phone", nullable = false, length = 32)
	private String contactPhone;

	@Column(length = 2000)
	private String description;

	@Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decline_reason", length = 500)
	private String declineReason;

	@Column(name = "lead_officer", length = 64)
	private String leadOfficer;

	@Column(name = "second_officer", length = 64)
	private String secondOfficer;

	@Column(name = "proposed_date")
	private LocalDate proposedDate;

	@Column(name = "counter_proposed", nullable = false)
	private boolean counterProposed;

	@Column(name = "visit_date")
	private LocalDate visitDate;

	@Column(name = "inspected_on")
	private LocalDate inspectedOn;

	@Column(name = "inspected_by", length = 64)
	private String inspectedBy;

	@Column(name = "send_back_rounds", nullable = false)
	private int sendBackRounds;

	@Column(name = "rating_score")
	private Integer ratingScore;

	@Column(name = "rating_comment", length = 500)
	private String ratingComment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "invitation_item", joinColumns = @JoinColumn(name = "invitation_id"))
	@OrderColumn(name = "position")
	private List<InvitationItem> items = new ArrayList<>();

	@OneToMany(mappedBy = "invitation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<FindingEntity> findings = new ArrayList<>();

	protected InvitationEntity() {
	}

	static InvitationEntity submitted(String trackingNumber, String enterprise, String department,
			List<InvitationItem> items, LocalDate windowStart, LocalDate windowEnd, String siteAddress,
			String contactName, String contactPhone, String description, String submittedBy, Instant submittedAt) {
		InvitationEntity invitation = new InvitationEntity();
		invitation.trackingNumber = trackingNumber;
		invitation.enterpriseCreditCode = enterprise;
		invitation.departmentCode = department;
		invitation.status = InvitationStatus.SUBMITTED;
		invitation.items.addAll(items);
		invitation.windowStart = windowStart;
		invitation.windowEnd = windowEnd;
		invitation.siteAddress = siteAddress;
		invitation.contactName = contactName;
		invitation.contactPhone = contactPhone;
		invitation.description = description;
		invitation.submittedBy = submittedBy;
		invitation.submittedAt = submittedAt;
		return invitation;
	}

	void accept(String by, Instant at, String lead, String second) {
		this.status = InvitationStatus.ACCEPTED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.declineReason = null;
		this.leadOfficer = lead;
		this.secondOfficer = second;
	}

	void decline(String by, Instant at, String reason) {
		this.status = InvitationStatus.DECLINED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.declineReason = reason;
		this.closedAt = at;
	}

	void propose(LocalDate date) {
		this.status = InvitationStatus.DATE_PROPOSED;
		this.proposedDate = date;
	}

	void confirm() {
		this.status = InvitationStatus.SCHEDULED;
		this.visitDate = this.proposedDate;
	}

	/** The enterprise offers another date; the lead officer proposes again. */
	void counterPropose(LocalDate alternative) {
		this.status = InvitationStatus.ACCEPTED;
		this.counterProposed = true;
		this.proposedDate = alternative;
	}

	void inspected(LocalDate on, String by, List<FindingEntity> recorded) {
		this.inspectedOn = on;
		this.inspectedBy = by;
		recorded.forEach((finding) -> {
			finding.belongTo(this);
			this.findings.add(finding);
		});
		this.status = recorded.stream().allMatch(FindingEntity::compliant) ? InvitationStatus.RATING
				: InvitationStatus.RECTIFYING;
	}

	void reported() {
		this.status = InvitationStatus.VERIFYING;
	}

	void sentBack() {
		this.sendBackRounds++;
		this.status = InvitationStatus.RECTIFYING;
	}

	void verified() {
		this.status = InvitationStatus.RATING;
	}

	void close(Instant at, Integer score, String comment) {
		this.status = InvitationStatus.CLOSED;
		this.ratingScore = score;
		this.ratingComment = comment;
		this.ratedAt = (score != null) ? at : null;
		this.closedAt = at;
	}

	/** After 退回 of the date proposal: the department decides again. */
	void reopenForDecision() {
		this.status = InvitationStatus.SUBMITTED;
	}

	/** After 退回 of a later step to the date proposal. */
	void reopenForProposal() {
		this.status = InvitationStatus.ACCEPTED;
	}

	Optional<FindingEntity> finding(String itemCode) {
		return this.findings.stream().filter((f) -> f.itemCode().equals(itemCode)).findFirst();
	}

	Long id() {
		return this.id;
	}

	String trackingNumber() {
		return this.trackingNumber;
	}

	String enterpriseCreditCode() {
		return this.enterpriseCreditCode;
	}

	String departmentCode() {
		return this.departmentCode;
	}

	InvitationStatus status() {
		return this.status;
	}

	List<InvitationItem> items() {
		return List.copyOf(this.items);
	}

	LocalDate windowStart() {
		return this.windowStart;
	}

	LocalDate windowEnd() {
		return this.windowEnd;
	}

	String siteAddress() {
		return this.siteAddress;
	}

	String contactName() {
		return this.contactName;
	}

	String contactPhone() {
		return this.contactPhone;
	}

	String description() {
		return this.description;
	}

	String submittedBy() {
		return this.submittedBy;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	String declineReason() {
		return this.declineReason;
	}

	String leadOfficer() {
		return this.leadOfficer;
	}

	String secondOfficer() {
		return this.secondOfficer;
	}

	LocalDate proposedDate() {
		return this.proposedDate;
	}

	boolean counterProposed() {
		return this.counterProposed;
	}

	LocalDate visitDate() {
		return this.visitDate;
	}

	LocalDate inspectedOn() {
		return this.inspectedOn;
	}

	int sendBackRounds() {
		return this.sendBackRounds;
	}

	Integer ratingScore() {
		return this.ratingScore;
	}

	String ratingComment() {
		return this.ratingComment;
	}

	Instant ratedAt() {
		return this.ratedAt;
	}

	Instant closedAt() {
		return this.closedAt;
	}

	List<FindingEntity> findings() {
		return List.copyOf(this.findings);
	}

}
