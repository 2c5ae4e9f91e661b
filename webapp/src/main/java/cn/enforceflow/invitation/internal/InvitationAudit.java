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
 * status to which, with what the step decided. Appended last in each transaction.
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
		after.put("window", invitation.windowStart() + "/" + invitation.windowEnd());
		record(user, "INVITATION_SUBMITTED", invitation, null, after, null);
	}

	void accepted(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("leadOfficer", invitation.leadOfficer());
		after.put("secondOfficer", invitation.secondOfficer());
		record(user, "INVITATION_ACCEPTED", invitation, status(before), after, null);
	}

	void declined(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		record(user, "INVITATION_DECLINED", invitation, status(before), status(invitation.status()),
				invitation.declineReason());
	}

	void dateProposed(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("proposedDate", String.valueOf(invitation.proposedDate()));
		record(user, "VISIT_DATE_PROPOSED", invitation, status(before), after, null);
	}

	void dateConfirmed(UserProfile user, InvitationEntity invitation, InvitationStatus before, boolean accepted) {
		Map<String, Object> after = status(invitation.status());
		after.put(accepted ? "visitDate" : "alternativeDate",
				String.valueOf(accepted ? invitation.visitDate() : invitation.proposedDate()));
		record(user, accepted ? "VISIT_DATE_CONFIRMED" : "VISIT_DATE_COUNTER_PROPOSED", invitation, status(before),
				after, null);
	}

	void inspected(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("inspectedOn", String.valueOf(invitation.inspectedOn()));
		after.put("findings", findings(invitation));
		record(user, "INSPECTION_RECORDED", invitation, status(before), after, null);
	}

	void rectificationReported(UserProfile user, InvitationEntity invitation, InvitationStatus before, int round) {
		Map<String, Object> after = status(invitation.status());
		after.put("round", round);
		after.put("findings", findings(invitation));
		record(user, "RECTIFICATION_REPORTED", invitation, status(before), after, null);
	}

	void verified(UserProfile user, InvitationEntity invitation, InvitationStatus before, int round, String outcome) {
		Map<String, Object> after = status(invitation.status());
		after.put("round", round);
		after.put("outcome", outcome);
		after.put("findings", findings(invitation));
		record(user, "RECTIFICATION_VERIFIED", invitation, status(before), after, null);
	}

	void rated(UserProfile user, InvitationEntity invitation, InvitationStatus before) {
		Map<String, Object> after = status(invitation.status());
		after.put("score", invitation.ratingScore());
		record(user, "INVITATION_RATED", invitation, status(before), after, invitation.ratingComment());
	}

	private void record(UserProfile user, String action, InvitationEntity invitation, Map<String, Object> before,
			Map<String, Object> after, String detail) {
		this.trail.record(AuditRecord.of(user.username(), action)
			.withCase(invitation.trackingNumber())
			.withSubject(SUBJECT, invitation.trackingNumber())
			.withChange(before, after)
			.withDetail(detail));
	}

	private static Map<String, Object> status(InvitationStatus status) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", status.name());
		return values;
	}

	/** Item code to the finding's status. */
	private static Map<String, Object> findings(InvitationEntity invitation) {
		Map<String, Object> findings = new LinkedHashMap<>();
		invitation.findings().forEach((f) -> findings.put(f.itemCode(), f.status().name()));
		return findings;
	}

}
