package cn.enforceflow.invitation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationStatus;
import org.springframework.stereotype.Component;

/**
 * The audit entries of the invitation workflow: who moved which invitation from which
 * status to which, with what the step decided. A step's entry goes with its completion
 * (the workflow layer appends it); changes that complete no step are appended here.
 */
@Component
class InvitationAudit {

	private static final String SUBJECT = "INVITATION";

	private final AuditTrail trail;

	InvitationAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void submitted(UserProfile user, InvitationEntity invitation) {
		Map<String, Object> after = status(invitation.status());
		after.put("department", invitation.departmentCode());
		after.put("enterprise", invitation.enterpriseCreditCode());
		after.put("items", invitation.items().stream().map(InvitationItem::code).toList());
		after.put("window", invitation.window().start() + "/" + invitation.window().end());
		append(entry(user.username(), "INVITATION_SUBMITTED", invitation, null, after, null));
	}

	void withdrawn(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		append(entry(user.username(), "INVITATION_WITHDRAWN", invitation, status(before), status(invitation.status()),
				invitation.closeReason()));
	}

	void visitMoved(UserProfile user, InvitationEntity invitation, Object from) {
		Map<String, Object> after = status(invitation.status());
		after.put("visitDate", String.valueOf(invitation.visitDate()));
		Map<String, Object> before = status(invitation.status());
		before.put("visitDate", String.valueOf(from));
		append(entry(user.username(), "VISIT_MOVED", invitation, before, after,
				invitation.schedule().visitMovedReason()));
	}

	void ratingExpired(InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("rating", invitation.rating().state().name());
		append(entry(AuditRecord.SYSTEM, "INVITATION_CLOSED_UNRATED", invitation, status(before), after, null));
	}

	void handedOver(FindingEntity finding) {
		InvitationEntity invitation = finding.invitation();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("finding", finding.id());
		after.put("item", finding.itemCode());
		after.put("handover", finding.handover().map(Enum::name).orElse(null));
		append(entry(AuditRecord.SYSTEM, "FINDING_HANDED_OVER", invitation, null, after, finding.handoverReason()));
	}

	void findingTakenUp(FindingEntity finding) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("finding", finding.id());
		after.put("item", finding.itemCode());
		after.put("exemptionCase", finding.exemptionCase());
		append(entry(AuditRecord.SYSTEM, "FINDING_TAKEN_UP", finding.invitation(), null, after, null));
	}

	AuditRecord accepted(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("leadOfficer", invitation.leadOfficer());
		after.put("secondOfficer", invitation.secondOfficer());
		if (!invitation.combinedWith().isEmpty()) {
			after.put("combinedWith", invitation.combinedWith());
		}
		return entry(user.username(), "INVITATION_ACCEPTED", invitation, status(before), after, null);
	}

	AuditRecord declined(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		return entry(user.username(), "INVITATION_DECLINED", invitation, status(before), status(invitation.status()),
				invitation.decision().map(DepartmentDecision::declineReason).orElse(null));
	}

	AuditRecord dateProposed(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("proposedDate", String.valueOf(invitation.schedule().proposedDate()));
		return entry(user.username(), "VISIT_DATE_PROPOSED", invitation, status(before), after, null);
	}

	AuditRecord dateConfirmed(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("visitDate", String.valueOf(invitation.visitDate()));
		return entry(user.username(), "VISIT_DATE_CONFIRMED", invitation, status(before), after, null);
	}

	AuditRecord counterProposed(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("alternativeDate", String.valueOf(invitation.schedule().counterDate()));
		return entry(user.username(), "VISIT_DATE_COUNTER_PROPOSED", invitation, status(before), after, null);
	}

	AuditRecord counterProposalAdopted(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("visitDate", String.valueOf(invitation.visitDate()));
		return entry(user.username(), "VISIT_COUNTER_PROPOSAL_ADOPTED", invitation, status(before), after, null);
	}

	AuditRecord notAgreed(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		return entry(user.username(), "VISIT_NOT_AGREED", invitation, status(before), status(invitation.status()),
				invitation.closeReason());
	}

	AuditRecord inspected(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("inspectedOn", String.valueOf(invitation.inspectedOn()));
		after.put("inspectors", invitation.inspectors().stream().map(Inspector::username).toList());
		after.put("findings", findings(invitation));
		return entry(user.username(), "INSPECTION_RECORDED", invitation, status(before), after,
				invitation.held().map(HeldVisit::dateChangeReason).orElse(null));
	}

	AuditRecord rectificationReported(UserProfile user, FindingEntity hazard, InvitationStatus before) {
		return hazardEntry(user, "RECTIFICATION_REPORTED", hazard, before);
	}

	AuditRecord verified(UserProfile user, FindingEntity hazard, InvitationStatus before, String outcome) {
		AuditRecord entry = hazardEntry(user, "RECTIFICATION_VERIFIED", hazard, before);
		Map<String, Object> after = new LinkedHashMap<>(entry.after());
		after.put("outcome", outcome);
		return entry.withChange(entry.before(), after);
	}

	AuditRecord rated(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("score", invitation.rating().score());
		after.put("rating", invitation.rating().state().name());
		return entry(user.username(), "INVITATION_RATED", invitation, status(before), after,
				invitation.rating().comment());
	}

	private AuditRecord hazardEntry(UserProfile user, String action, FindingEntity hazard, InvitationStatus before) {
		InvitationEntity invitation = hazard.invitation();
		Map<String, Object> after = status(invitation.status());
		after.put("item", hazard.itemCode());
		invitation.items()
			.stream()
			.filter((item) -> item.code().equals(hazard.itemCode()))
			.findFirst()
			.ifPresent((item) -> after.put("itemName", item.name()));
		after.put("finding", hazard.status().name());
		after.put("round", hazard.round());
		return entry(user.username(), action, invitation, status(before), after, null);
	}

	private void append(AuditRecord entry) {
		this.trail.record(entry.withCase(entry.subjectId()));
	}

	private static AuditRecord entry(String actor, String action, InvitationEntity invitation,
			Map<String, Object> before, Map<String, Object> after, String detail) {
		return AuditRecord.of(actor, action)
			.withSubject(SUBJECT, invitation.trackingNumber())
			.withChange(before, after)
			.withDetail(detail);
	}

	private static Map<String, Object> status(InvitationStatus status) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", (status != null) ? status.name() : null);
		return values;
	}

	/** Item code to the finding's status. */
	private static Map<String, Object> findings(InvitationEntity invitation) {
		Map<String, Object> findings = new LinkedHashMap<>();
		invitation.findings().forEach((f) -> findings.put(f.itemCode(), f.status().name()));
		return findings;
	}

}
