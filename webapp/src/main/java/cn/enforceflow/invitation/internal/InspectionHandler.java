package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InspectionRecords;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.internal.InvitationGuard.Guarded;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 记录检查结果: the day the inspection was held — the agreed visit date, or another day with
 * the reason, never one still to come; the certified officers who were there (the team
 * unless named), the recorder among them; and a finding for every item, each hazard with
 * its own deadline (15 working days after the visit unless the officer sets another).
 */
@Service
@Transactional
class InspectionHandler implements InspectionRecords {

	/** 行政处罚法 第四十二条: no fewer than two officers. */
	static final int MIN_INSPECTORS = 2;

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final Officers officers;

	private final RectificationDefaults defaults;

	private final InvitationDocuments documents;

	private final InvitationAudit audit;

	InspectionHandler(InvitationGuard guard, InvitationProcess process, Officers officers,
			RectificationDefaults defaults, InvitationDocuments documents, InvitationAudit audit) {
		this.guard = guard;
		this.process = process;
		this.officers = officers;
		this.defaults = defaults;
		this.documents = documents;
		this.audit = audit;
	}

	@Override
	public InvitationOutcome record(UserProfile user, String trackingNumber, Inspection inspection) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_RECORD_INSPECTION,
				InvitationStatus.SCHEDULED);
		InvitationEntity invitation = at.invitation();
		LocalDate today = this.guard.today();
		LocalDate inspectedOn = heldOn(invitation, inspection.inspectedOn(), today);
		String dateChangeReason = inspectedOn.equals(invitation.visitDate()) ? null
				: Texts.required(inspection.dateChangeReason(), InvitationFields.REASON,
						"invitation.inspection.dateChangeReason", invitation.visitDate(), inspectedOn);
		List<Inspector> inspectors = inspectors(user, invitation, inspection.inspectors(), inspectedOn);
		List<FindingEntity> findings = findings(user, invitation, inspection.findings(), inspectedOn, today);

		InvitationStatus before = invitation.status();
		invitation.inspected(inspectedOn, dateChangeReason, user.username(), inspectors, findings);
		boolean hazards = findings.stream().anyMatch((f) -> !f.compliant());
		this.process.complete(user, at.step(),
				StepDecision.of(this.audit.inspected(user, invitation, before))
					.with(InvitationModel.VAR_HAZARDS_FOUND, hazards)
					.actedOn(inspectedOn));
		this.documents.inspectionRecorded(invitation, user);
		if (!hazards) {
			return new InvitationOutcome(invitation.trackingNumber(), invitation.status(),
					"invitation.outcome.inspected.compliant", List.of(invitation.trackingNumber()));
		}
		LocalDate soonest = findings.stream()
			.filter((f) -> !f.compliant())
			.map(FindingEntity::deadline)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(),
				"invitation.outcome.inspected.hazards", List.of(invitation.trackingNumber(),
						String.valueOf(findings.stream().filter((f) -> !f.compliant()).count()), soonest));
	}

	/** The agreed visit date unless another day is given; never a day still to come. */
	private static LocalDate heldOn(InvitationEntity invitation, LocalDate given, LocalDate today) {
		LocalDate day = (given != null) ? given : invitation.visitDate();
		if (day.isAfter(today)) {
			throw new BusinessRuleException(
					(given != null) ? "invitation.inspection.future" : "invitation.inspection.visitAhead", day);
		}
		LocalDate submitted = LocalDate.ofInstant(invitation.submittedAt(), WorkingCalendar.ZONE);
		if (day.isBefore(submitted)) {
			throw new BusinessRuleException("invitation.inspection.beforeSubmission", day);
		}
		return day;
	}

	/**
	 * The officers who were there, each certified on the day, at least two, the person
	 * recording among them: their record is what they attest.
	 */
	private List<Inspector> inspectors(UserProfile user, InvitationEntity invitation, List<String> named,
			LocalDate on) {
		Set<String> usernames = new LinkedHashSet<>();
		(named.isEmpty() ? invitation.team().members() : named).forEach((name) -> {
			if (name == null || name.isBlank()) {
				throw new BusinessRuleException("invitation.inspection.inspectorBlank");
			}
			usernames.add(name.strip());
		});
		if (usernames.size() < MIN_INSPECTORS) {
			throw new BusinessRuleException("invitation.inspection.twoInspectors", String.valueOf(MIN_INSPECTORS));
		}
		if (!usernames.contains(user.username())) {
			throw new BusinessRuleException("invitation.inspection.recorderNotInspector", user.displayName());
		}
		List<Inspector> inspectors = new ArrayList<>();
		for (String username : usernames) {
			UserProfile officer = this.officers.certified(invitation, username, on);
			inspectors.add(new Inspector(officer.username(), officer.certificate().orElseThrow().number()));
		}
		return inspectors;
	}

	private List<FindingEntity> findings(UserProfile user, InvitationEntity invitation,
			List<Inspection.Finding> entries, LocalDate inspectedOn, LocalDate today) {
		Map<String, Inspection.Finding> byItem = ItemEntries.exactly(
				invitation.items().stream().map(InvitationItem::code).toList(), entries, Inspection.Finding::itemCode,
				"invitation.inspection.items");
		LocalDate defaultDeadline = this.defaults.deadlineAfter(inspectedOn);
		Instant now = this.guard.now();
		List<FindingEntity> findings = new ArrayList<>();
		for (InvitationItem item : invitation.items()) {
			Inspection.Finding finding = byItem.get(item.code());
			if (finding.compliant() == null) {
				throw new BusinessRuleException("invitation.finding.compliantRequired", item.name());
			}
			if (finding.compliant()) {
				if (finding.suspectedViolation()) {
					throw new BusinessRuleException("invitation.finding.suspectedCompliant", item.name());
				}
				findings.add(FindingEntity.compliant(item.code(), user.username(), now));
				continue;
			}
			HazardDraft hazard = HazardDraft.of(item.name(), finding.hazard(), finding.suspectedViolation(),
					inspectedOn, today, defaultDeadline);
			findings.add(FindingEntity.hazard(item.code(), hazard, user.username(), now));
		}
		return findings;
	}

}
