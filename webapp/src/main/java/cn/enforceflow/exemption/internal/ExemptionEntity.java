package cn.enforceflow.exemption.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.enforceflow.exemption.Band;
import cn.enforceflow.exemption.ExemptionDecisions.HeadDecision;
import cn.enforceflow.exemption.ExemptionServing.ServiceMethod;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.Harm;
import cn.enforceflow.processes.exemption.ExemptionModel;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 首违不罚案件 as stored: the truth about the case (ADR 0002); the engine carries its number
 * and the few values its gateways read. Each step changes it through one method that
 * keeps the step's rule of which status it comes from.
 */
@Entity
@Table(name = "exemption_case")
class ExemptionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20, updatable = false)
	private String caseNumber;

	@Column(name = "enterprise_credit_code", nullable = false, length = 18, updatable = false)
	private String enterpriseCreditCode;

	@Column(name = "department_code", nullable = false, length = 16, updatable = false)
	private String departmentCode;

	@Embedded
	private AssessedMatter matter;

	@Column(name = "facts", nullable = false, length = 4000, updatable = false)
	private String facts;

	@Column(name = "evidence", length = 4000, updatable = false)
	private String evidence;

	@Column(name = "violation_on", nullable = false, updatable = false)
	private LocalDate violationOn;

	@Column(name = "found_on", nullable = false, updatable = false)
	private LocalDate foundOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "harm", nullable = false, length = 16, updatable = false)
	private Harm harm;

	@Column(name = "corrected", nullable = false)
	private boolean corrected;

	@Column(name = "corrected_on")
	private LocalDate correctedOn;

	@Column(name = "officer", nullable = false, length = 64, updatable = false)
	private String officer;

	@Column(name = "second_officer", nullable = false, length = 64, updatable = false)
	private String secondOfficer;

	@Column(name = "finding_id", updatable = false)
	private Long findingId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	private ExemptionStatus status;

	@Column(name = "outcome", nullable = false, length = 32)
	private String outcome;

	@Enumerated(EnumType.STRING)
	@Column(name = "band", length = 16)
	private Band band;

	@Column(name = "reason", nullable = false, length = 64)
	private String reason;

	@Column(name = "prior_cases", length = 500)
	private String priorCases;

	@Column(name = "correction_deadline")
	private LocalDate correctionDeadline;

	@Column(name = "correction_order_number", length = 64)
	private String correctionOrderNumber;

	@Column(name = "correction_report", length = 4000)
	private String correctionReport;

	@Column(name = "correction_reported_at")
	private Instant correctionReportedAt;

	@Column(name = "correction_accepted")
	private Boolean correctionAccepted;

	@Column(name = "correction_check_reason", length = 1000)
	private String correctionCheckReason;

	@Column(name = "opinion", length = 4000)
	private String opinion;

	@Column(name = "education_record", length = 4000)
	private String educationRecord;

	@Column(name = "proposed_at")
	private Instant proposedAt;

	@Column(name = "legal_reviewer", length = 64)
	private String legalReviewer;

	@Column(name = "legal_approved")
	private Boolean legalApproved;

	@Column(name = "legal_reason", length = 1000)
	private String legalReason;

	@Column(name = "legal_reviewed_at")
	private Instant legalReviewedAt;

	@Column(name = "legal_returns", nullable = false)
	private int legalReturns;

	@Column(name = "approver", length = 64)
	private String approver;

	@Column(name = "head_decision", length = 32)
	private String headDecision;

	@Column(name = "head_reason", length = 1000)
	private String headReason;

	@Column(name = "head_decided_at")
	private Instant headDecidedAt;

	@Column(name = "head_returns", nullable = false)
	private int headReturns;

	@Column(name = "approved_on")
	private LocalDate approvedOn;

	@Column(name = "decision_document_id", length = 64)
	private String decisionDocumentId;

	@Column(name = "decision_number", length = 64)
	private String decisionNumber;

	@Column(name = "service_method", length = 16)
	private String serviceMethod;

	@Column(name = "served_on")
	private LocalDate servedOn;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by", length = 64)
	private String receivedBy;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "penalty_decision_number", length = 64)
	private String penaltyDecisionNumber;

	@Column(name = "penalty_decided_on")
	private LocalDate penaltyDecidedOn;

	@Column(name = "penalty_summary", length = 2000)
	private String penaltySummary;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected ExemptionEntity() {
	}

	static ExemptionEntity registered(String caseNumber, String creditCode, String departmentCode,
			AssessedMatter matter, Violation violation, String officer, String secondOfficer, Long findingId,
			Instant at) {
		ExemptionEntity exemption = new ExemptionEntity();
		exemption.caseNumber = caseNumber;
		exemption.enterpriseCreditCode = creditCode;
		exemption.departmentCode = departmentCode;
		exemption.matter = matter;
		exemption.facts = violation.facts();
		exemption.evidence = violation.evidence();
		exemption.violationOn = violation.violationOn();
		exemption.foundOn = violation.foundOn();
		exemption.harm = violation.harm();
		exemption.corrected = violation.corrected();
		exemption.correctedOn = violation.correctedOn();
		exemption.officer = officer;
		exemption.secondOfficer = secondOfficer;
		exemption.findingId = findingId;
		exemption.registeredAt = at;
		exemption.status = ExemptionStatus.TO_PROPOSE;
		exemption.outcome = ExemptionModel.OUTCOME_ELIGIBLE;
		exemption.reason = "";
		return exemption;
	}

	/** The assessment's result, at registration and again after the correction check. */
	void assessed(AssessmentResult result, Instant at) {
		this.outcome = result.outcome();
		this.band = result.band();
		this.reason = result.reason();
		this.priorCases = String.join(",", result.priorCases());
		this.status = switch (result.outcome()) {
			case ExemptionModel.OUTCOME_TIME_BARRED -> ExemptionStatus.TIME_BARRED;
			case ExemptionModel.OUTCOME_INELIGIBLE -> ExemptionStatus.GENERAL_PROCEDURE;
			case ExemptionModel.OUTCOME_CORRECTION_NEEDED ->
				(this.correctionDeadline == null) ? ExemptionStatus.CORRECTION_TO_ORDER : ExemptionStatus.CORRECTING;
			default -> ExemptionStatus.TO_PROPOSE;
		};
		if (this.status.finished()) {
			this.closedAt = at;
		}
	}

	void correctionOrdered(LocalDate deadline, String orderNumber) {
		this.correctionDeadline = deadline;
		this.correctionOrderNumber = orderNumber;
		this.status = ExemptionStatus.CORRECTING;
	}

	void correctionReported(String report, Instant at) {
		this.correctionReport = report;
		this.correctionReportedAt = at;
		this.correctionAccepted = null;
		this.correctionCheckReason = null;
		this.status = ExemptionStatus.CORRECTION_REPORTED;
	}

	void correctionChecked(boolean accepted, String reason, LocalDate on) {
		this.correctionAccepted = accepted;
		this.correctionCheckReason = reason;
		if (accepted) {
			this.corrected = true;
			this.correctedOn = on;
		}
	}

	/** Whether the correction, if made, was made by the deadline of the order. */
	boolean correctedInTime() {
		if (!this.corrected) {
			return false;
		}
		return this.correctionDeadline == null || this.correctionReportedAt == null
				|| !this.correctedOn.isAfter(this.correctionDeadline);
	}

	void proposed(String opinion, String educationRecord, Instant at) {
		this.opinion = opinion;
		this.educationRecord = educationRecord;
		this.proposedAt = at;
		this.status = ExemptionStatus.IN_LEGAL_REVIEW;
	}

	void reviewed(String reviewer, boolean approved, String reason, Instant at) {
		this.legalReviewer = reviewer;
		this.legalApproved = approved;
		this.legalReason = reason;
		this.legalReviewedAt = at;
		if (approved) {
			this.status = ExemptionStatus.AWAITING_APPROVAL;
		}
		else {
			this.legalReturns++;
			this.status = ExemptionStatus.TO_PROPOSE;
		}
	}

	void headDecided(String head, HeadDecision decision, String reason, Instant at, LocalDate today) {
		this.approver = head;
		this.headDecision = decision.name();
		this.headReason = reason;
		this.headDecidedAt = at;
		switch (decision) {
			case APPROVED -> {
				this.approvedOn = today;
				this.band = Band.NO_PENALTY;
				this.status = ExemptionStatus.APPROVED;
			}
			case RETURNED -> {
				this.headReturns++;
				this.status = ExemptionStatus.TO_PROPOSE;
			}
			case GENERAL_PROCEDURE -> {
				this.outcome = ExemptionModel.OUTCOME_INELIGIBLE;
				this.status = ExemptionStatus.GENERAL_PROCEDURE;
				this.closedAt = at;
			}
		}
	}

	void decisionIssued(String documentId, String number) {
		this.decisionDocumentId = documentId;
		this.decisionNumber = number;
	}

	void served(ServiceMethod method, LocalDate on) {
		this.serviceMethod = method.name();
		this.servedOn = on;
	}

	void received(String by, Instant at) {
		this.receivedBy = by;
		this.receivedAt = at;
	}

	void published(LocalDate on) {
		this.publishedOn = on;
	}

	/** Served (and received, where served electronically) and published: done. */
	boolean closeIfDone(Instant at) {
		boolean served = this.servedOn != null
				&& (!ServiceMethod.ELECTRONIC.name().equals(this.serviceMethod) || this.receivedAt != null);
		if (this.status == ExemptionStatus.APPROVED && served && this.publishedOn != null) {
			this.status = ExemptionStatus.PUBLISHED;
			this.closedAt = at;
			return true;
		}
		return false;
	}

	void penaltyRecorded(String number, LocalDate decidedOn, String summary) {
		this.penaltyDecisionNumber = number;
		this.penaltyDecidedOn = decidedOn;
		this.penaltySummary = summary;
	}

	Long id() {
		return this.id;
	}

	String caseNumber() {
		return this.caseNumber;
	}

	String enterpriseCreditCode() {
		return this.enterpriseCreditCode;
	}

	String departmentCode() {
		return this.departmentCode;
	}

	AssessedMatter matter() {
		return this.matter;
	}

	String facts() {
		return this.facts;
	}

	String evidence() {
		return this.evidence;
	}

	LocalDate violationOn() {
		return this.violationOn;
	}

	LocalDate foundOn() {
		return this.foundOn;
	}

	Harm harm() {
		return this.harm;
	}

	boolean corrected() {
		return this.corrected;
	}

	LocalDate correctedOn() {
		return this.correctedOn;
	}

	String officer() {
		return this.officer;
	}

	String secondOfficer() {
		return this.secondOfficer;
	}

	Long findingId() {
		return this.findingId;
	}

	ExemptionStatus status() {
		return this.status;
	}

	String outcome() {
		return this.outcome;
	}

	Band band() {
		return this.band;
	}

	String reason() {
		return this.reason;
	}

	List<String> priorCases() {
		return (this.priorCases == null || this.priorCases.isEmpty()) ? List.of()
				: Arrays.asList(this.priorCases.split(","));
	}

	LocalDate correctionDeadline() {
		return this.correctionDeadline;
	}

	String correctionOrderNumber() {
		return this.correctionOrderNumber;
	}

	String correctionReport() {
		return this.correctionReport;
	}

	Instant correctionReportedAt() {
		return this.correctionReportedAt;
	}

	Boolean correctionAccepted() {
		return this.correctionAccepted;
	}

	String correctionCheckReason() {
		return this.correctionCheckReason;
	}

	String opinion() {
		return this.opinion;
	}

	String educationRecord() {
		return this.educationRecord;
	}

	Instant proposedAt() {
		return this.proposedAt;
	}

	String legalReviewer() {
		return this.legalReviewer;
	}

	Boolean legalApproved() {
		return this.legalApproved;
	}

	String legalReason() {
		return this.legalReason;
	}

	Instant legalReviewedAt() {
		return this.legalReviewedAt;
	}

	int legalReturns() {
		return this.legalReturns;
	}

	String approver() {
		return this.approver;
	}

	String headDecision() {
		return this.headDecision;
	}

	String headReason() {
		return this.headReason;
	}

	Instant headDecidedAt() {
		return this.headDecidedAt;
	}

	int headReturns() {
		return this.headReturns;
	}

	LocalDate approvedOn() {
		return this.approvedOn;
	}

	String decisionDocumentId() {
		return this.decisionDocumentId;
	}

	String decisionNumber() {
		return this.decisionNumber;
	}

	String serviceMethod() {
		return this.serviceMethod;
	}

	LocalDate servedOn() {
		return this.servedOn;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	String receivedBy() {
		return this.receivedBy;
	}

	LocalDate publishedOn() {
		return this.publishedOn;
	}

	String penaltyDecisionNumber() {
		return this.penaltyDecisionNumber;
	}

	LocalDate penaltyDecidedOn() {
		return this.penaltyDecidedOn;
	}

	String penaltySummary() {
		return this.penaltySummary;
	}

	Instant registeredAt() {
		return this.registeredAt;
	}

	/** What the officer found, as registered. */
	record Violation(String facts, String evidence, LocalDate violationOn, LocalDate foundOn, Harm harm,
			boolean corrected, LocalDate correctedOn) {

	}

}
