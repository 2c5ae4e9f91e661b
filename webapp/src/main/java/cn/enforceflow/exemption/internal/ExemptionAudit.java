package cn.enforceflow.exemption.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.exemption.ExemptionStatus;
import org.springframework.stereotype.Component;

/**
 * The audit entries of the exemption workflow: who moved which case from which status to
 * which, with what the step decided. A step's entry goes with its completion (the
 * workflow layer appends it); changes that complete no step are appended here.
 */
@Component
class ExemptionAudit {

	private static final String SUBJECT = "EXEMPTION";

	private final AuditTrail trail;

	ExemptionAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void registered(String actor, ExemptionEntity exemption) {
		Map<String, Object> after = assessment(exemption);
		after.put("department", exemption.departmentCode());
		after.put("enterprise", exemption.enterpriseCreditCode());
		after.put("matter", exemption.matter().code());
		after.put("officers", java.util.List.of(exemption.officer(), exemption.secondOfficer()));
		after.put("harm", exemption.harm().name());
		after.put("violationOn", exemption.violationOn().toString());
		after.put("foundOn", exemption.foundOn().toString());
		after.put("corrected", exemption.corrected());
		append(entry(actor, "EXEMPTION_REGISTERED", exemption, null, after, null));
	}

	void penaltyRecorded(String actor, ExemptionEntity exemption) {
		Map<String, Object> after = status(exemption.status());
		after.put("penaltyDecisionNumber", exemption.penaltyDecisionNumber());
		after.put("penaltyDecidedOn", String.valueOf(exemption.penaltyDecidedOn()));
		append(entry(actor, "EXEMPTION_PENALTY_RECORDED", exemption, null, after, exemption.penaltySummary()));
	}

	void correctionOverdue(ExemptionEntity exemption, ExemptionStatus before) {
		append(entry(AuditRecord.SYSTEM, "EXEMPTION_CORRECTION_OVERDUE", exemption, status(before),
				assessment(exemption), null));
	}

	AuditRecord correctionOrdered(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = status(exemption.status());
		after.put("deadline", String.valueOf(exemption.correctionDeadline()));
		after.put("orderNumber", exemption.correctionOrderNumber());
		return entry(actor, "EXEMPTION_CORRECTION_ORDERED", exemption, status(before), after, null);
	}

	AuditRecord correctionReported(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		return entry(actor, "EXEMPTION_CORRECTION_REPORTED", exemption, status(before), status(exemption.status()),
				exemption.correctionReport());
	}

	AuditRecord correctionChecked(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = assessment(exemption);
		after.put("accepted", exemption.correctionAccepted());
		return entry(actor, "EXEMPTION_CORRECTION_CHECKED", exemption, status(before), after,
				exemption.correctionCheckReason());
	}

	AuditRecord proposed(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		return entry(actor, "EXEMPTION_PROPOSED", exemption, status(before), status(exemption.status()),
				exemption.opinion());
	}

	AuditRecord reviewed(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = status(exemption.status());
		after.put("approved", exemption.legalApproved());
		return entry(actor, "EXEMPTION_LEGAL_REVIEWED", exemption, status(before), after, exemption.legalReason());
	}

	AuditRecord headDecided(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = status(exemption.status());
		after.put("decision", exemption.headDecision());
		if (exemption.decisionNumber() != null) {
			after.put("decisionNumber", exemption.decisionNumber());
		}
		return entry(actor, "EXEMPTION_HEAD_DECIDED", exemption, status(before), after, exemption.headReason());
	}

	AuditRecord served(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = status(exemption.status());
		after.put("serviceMethod", exemption.serviceMethod());
		after.put("servedOn", String.valueOf(exemption.servedOn()));
		return entry(actor, "EXEMPTION_DECISION_SERVED", exemption, status(before), after, null);
	}

	AuditRecord received(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = status(exemption.status());
		after.put("receivedAt", String.valueOf(exemption.receivedAt()));
		return entry(actor, "EXEMPTION_DECISION_RECEIVED", exemption, status(before), after, null);
	}

	AuditRecord published(String actor, ExemptionEntity exemption, ExemptionStatus before) {
		Map<String, Object> after = status(exemption.status());
		after.put("publishedOn", String.valueOf(exemption.publishedOn()));
		return entry(actor, "EXEMPTION_DECISION_PUBLISHED", exemption, status(before), after, null);
	}

	private void append(AuditRecord entry) {
		this.trail.record(entry.withCase(entry.subjectId()));
	}

	private static AuditRecord entry(String actor, String action, ExemptionEntity exemption, Map<String, Object> before,
			Map<String, Object> after, String detail) {
		return AuditRecord.of(actor, action)
			.withSubject(SUBJECT, exemption.caseNumber())
			.withChange(before, after)
			.withDetail(detail);
	}

	private static Map<String, Object> assessment(ExemptionEntity exemption) {
		Map<String, Object> values = status(exemption.status());
		values.put("outcome", exemption.outcome());
		values.put("band", (exemption.band() != null) ? exemption.band().name() : null);
		values.put("reason", exemption.reason());
		values.put("priorCases", exemption.priorCases());
		return values;
	}

	private static Map<String, Object> status(ExemptionStatus status) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", (status != null) ? status.name() : null);
		return values;
	}

}
