package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.Team;
import cn.enforceflow.invitation.VisitWindow;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.workflow.StepNotOpenException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 邀约 — an invitation as stored: the truth about the request (ADR 0002); the engine only
 * carries its tracking number and what the gateways need. Each step changes it through
 * one method that keeps its own rules: which status the step comes from, and what the
 * step may change.
 */
@Entity
@Table(name = "invitation")
class InvitationEntity {

	private static final Set<InvitationStatus> SCHEDULING = EnumSet.of(InvitationStatus.ACCEPTED,
			InvitationStatus.DATE_PROPOSED, InvitationStatus.COUNTER_PROPOSED);

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

	@Embedded
	private RequestedVisit request;

	@Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	/** Null until the department has decided. */
	@Embedded
	private DepartmentDecision decision;

	@Embedded
	private VisitAgreement schedule = new VisitAgreement();

	/** Null until the inspection is recorded. */
	@Embedded
	private HeldVisit held;

	@Embedded
	private ServiceRating rating = new ServiceRating();

	/** Why the invitation ended early: withdrawn, or no date agreed. */
	@Column(name = "close_reason")
	private String closeReason;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "invitation_item", joinColumns = @JoinColumn(name = "invitation_id"))
	@OrderColumn(name = "position")
	private List<InvitationItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "invitation_inspector", joinColumns = @JoinColumn(name = "invitation_id"))
	@OrderColumn(name = "position")
	private List<Inspector> inspectors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "invitation_combined_visit", joinColumns = @JoinColumn(name = "invitation_id"))
	@Column(name = "tracking_number", length = 20)
	@OrderColumn(name = "position")
	private List<String> combinedWith = new ArrayList<>();

	@OneToMany(mappedBy = "invitation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<FindingEntity> findings = new ArrayList<>();

	protected InvitationEntity() {
	}

	static InvitationEntity submitted(String trackingNumber, String enterprise, String department,
			List<InvitationItem> items, VisitWindow window, String siteAddress, String contactName, String contactPhone,
			String description, String submittedBy, Instant submittedAt) {
		InvitationEntity invitation = new InvitationEntity();
		invitation.trackingNumber = trackingNumber;
		invitation.enterpriseCreditCode = enterprise;
		invitation.departmentCode = department;
		invitation.status = InvitationStatus.SUBMITTED;
		invitation.items.addAll(items);
		invitation.request = new RequestedVisit(window, siteAddress, contactName, contactPhone, description);
		invitation.submittedBy = submittedBy;
		invitation.submittedAt = submittedAt;
		return invitation;
	}

	/** 撤回: only until the department has accepted it. */
	void withdraw(Instant at, String reason) {
		expect(InvitationStatus.SUBMITTED);
		this.status = InvitationStatus.WITHDRAWN;
		this.closeReason = reason;
		this.closedAt = at;
	}

	void accept(String by, Instant at, Team team, List<String> combinedWith) {
		expect(InvitationStatus.SUBMITTED);
		this.status = InvitationStatus.ACCEPTED;
		this.decision = DepartmentDecision.accepted(by, at, team);
		this.combinedWith.clear();
		this.combinedWith.addAll(combinedWith);
	}

	void decline(String by, Instant at, String reason) {
		expect(InvitationStatus.SUBMITTED);
		this.status = InvitationStatus.DECLINED;
		this.decision = DepartmentDecision.declined(by, at, reason);
		this.closedAt = at;
	}

	/**
	 * The lead officer proposes a date, first or after the enterprise's counter-proposal.
	 */
	void propose(LocalDate date) {
		if (this.status != InvitationStatus.ACCEPTED && this.status != InvitationStatus.COUNTER_PROPOSED) {
			throw outOfTurn();
		}
		this.schedule.propose(date, this.status == InvitationStatus.COUNTER_PROPOSED);
		this.status = InvitationStatus.DATE_PROPOSED;
	}

	void confirm() {
		expect(InvitationStatus.DATE_PROPOSED);
		this.schedule.confirm();
		this.status = InvitationStatus.SCHEDULED;
	}

	/** The enterprise offers another date, once. */
	void counterPropose(LocalDate alternative) {
		expect(InvitationStatus.DATE_PROPOSED);
		this.schedule.counterPropose(alternative);
		this.status = InvitationStatus.COUNTER_PROPOSED;
	}

	/** The lead officer takes the enterprise's date: it is agreed. */
	void adoptCounterProposal() {
		expect(InvitationStatus.COUNTER_PROPOSED);
		this.schedule.adoptCounterProposal();
		this.status = InvitationStatus.SCHEDULED;
	}

	/**
	 * 未约定: the enterprise declined the date after its counter-proposal, or the lead
	 * officer found no date can be agreed.
	 */
	void notAgreed(Instant at, String reason) {
		if (!SCHEDULING.contains(this.status)) {
			throw outOfTurn();
		}
		this.status = InvitationStatus.NOT_AGREED;
		this.closeReason = reason;
		this.closedAt = at;
	}

	/** The visit is moved by agreement before it happens. */
	void moveVisit(LocalDate to, String reason) {
		expect(InvitationStatus.SCHEDULED);
		this.schedule.move(to, reason);
	}

	void inspected(LocalDate on, String dateChangeReason, String recorder, List<Inspector> inspectors,
			List<FindingEntity> recorded) {
		expect(InvitationStatus.SCHEDULED);
		this.held = new HeldVisit(on, dateChangeReason, recorder);
		this.inspectors.clear();
		this.inspectors.addAll(inspectors);
		recorded.forEach((finding) -> {
			finding.belongTo(this);
			this.findings.add(finding);
		});
		settleRectification();
	}

	/**
	 * After a hazard changed: rectifying while any awaits the enterprise's report,
	 * verifying while any awaits the officer, then rating.
	 */
	void settleRectification() {
		if (hazards(FindingStatus.AWAITING_REPORT)) {
			this.status = InvitationStatus.RECTIFYING;
		}
		else if (hazards(FindingStatus.REPORTED)) {
			this.status = InvitationStatus.VERIFYING;
		}
		else {
			this.status = InvitationStatus.RATING;
		}
	}

	void rate(Instant at, Integer score, String comment) {
		expect(InvitationStatus.RATING);
		rating().rate(at, score, comment);
		this.status = InvitationStatus.CLOSED;
		this.closedAt = at;
	}

	/** The rating period ended without a rating: closed as 未评价, no breach. */
	void ratingExpired(Instant at) {
		expect(InvitationStatus.RATING);
		rating().expire();
		this.status = InvitationStatus.CLOSED;
		this.closedAt = at;
	}

	/** After 退回 of the date proposal: the department decides again. */
	void reopenForDecision() {
		this.status = InvitationStatus.SUBMITTED;
	}

	Optional<FindingEntity> finding(String itemCode) {
		return this.findings.stream().filter((f) -> f.itemCode().equals(itemCode)).findFirst();
	}

	Optional<FindingEntity> finding(long findingId) {
		return this.findings.stream().filter((f) -> f.id() != null && f.id() == findingId).findFirst();
	}

	boolean onTeam(String username) {
		return username.equals(leadOfficer()) || username.equals(secondOfficer());
	}

	private boolean hazards(FindingStatus status) {
		return this.findings.stream().anyMatch((f) -> f.status() == status);
	}

	private void expect(InvitationStatus expected) {
		if (this.status != expected) {
			throw outOfTurn();
		}
	}

	private BusinessRuleException outOfTurn() {
		return new StepNotOpenException("invitation.outOfTurn", this.trackingNumber,
				new DefaultMessageSourceResolvable("invitation.status." + this.status.name()));
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

	RequestedVisit request() {
		return this.request;
	}

	VisitWindow window() {
		return this.request.window();
	}

	String submittedBy() {
		return this.submittedBy;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	/** The department's decision, once made. */
	Optional<DepartmentDecision> decision() {
		return Optional.ofNullable(this.decision);
	}

	/** The team, once accepted. */
	Team team() {
		return (this.decision != null) ? this.decision.team() : null;
	}

	String leadOfficer() {
		Team team = team();
		return (team != null) ? team.lead() : null;
	}

	String secondOfficer() {
		Team team = team();
		return (team != null) ? team.second() : null;
	}

	List<String> combinedWith() {
		return List.copyOf(this.combinedWith);
	}

	VisitAgreement schedule() {
		return this.schedule;
	}

	/** The agreed day of the visit, once there is one. */
	LocalDate visitDate() {
		return this.schedule.visitDate();
	}

	/** The day the inspection was held, once recorded. */
	LocalDate inspectedOn() {
		return (this.held != null) ? this.held.inspectedOn() : null;
	}

	/** How the inspection was held, once recorded. */
	Optional<HeldVisit> held() {
		return Optional.ofNullable(this.held);
	}

	List<Inspector> inspectors() {
		return List.copyOf(this.inspectors);
	}

	/** The rating; Hibernate leaves it null while none of its columns has a value. */
	ServiceRating rating() {
		if (this.rating == null) {
			this.rating = new ServiceRating();
		}
		return this.rating;
	}

	String closeReason() {
		return this.closeReason;
	}

	Instant closedAt() {
		return this.closedAt;
	}

	List<FindingEntity> findings() {
		return List.copyOf(this.findings);
	}

	List<FindingEntity> hazardsIn(FindingStatus status) {
		return this.findings.stream().filter((f) -> f.status() == status).toList();
	}

}
