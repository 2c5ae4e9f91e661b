package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.documents.Attachments;
import cn.enforceflow.documents.Document;
import cn.enforceflow.exemption.ExemptionCorrections;
import cn.enforceflow.exemption.ExemptionFields;
import cn.enforceflow.exemption.ExemptionOutcome;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.internal.ExemptionGuard.Guarded;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.exemption.ExemptionModel;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 责令改正: the officer orders the correction by a day (责令改正通知书 served at once), the
 * enterprise reports it with evidence, the officer checks it and the assessment runs
 * again: corrected in time, the case goes on to the proposal; rejected with time left,
 * the enterprise corrects again; not corrected by the day, it goes to the general
 * procedure.
 */
@Service
@Transactional
class CorrectionHandler implements ExemptionCorrections {

	private final ExemptionGuard guard;

	private final ExemptionProcess process;

	private final ExemptionRepository exemptions;

	private final Assessor assessor;

	private final ExemptionDocuments documents;

	private final Attachments attachments;

	private final ExemptionProperties properties;

	private final ExemptionAudit audit;

	CorrectionHandler(ExemptionGuard guard, ExemptionProcess process, ExemptionRepository exemptions, Assessor assessor,
			ExemptionDocuments documents, Attachments attachments, ExemptionProperties properties,
			ExemptionAudit audit) {
		this.guard = guard;
		this.process = process;
		this.exemptions = exemptions;
		this.assessor = assessor;
		this.documents = documents;
		this.attachments = attachments;
		this.properties = properties;
		this.audit = audit;
	}

	@Override
	public ExemptionOutcome order(UserProfile officer, String caseNumber, LocalDate deadline) {
		Guarded at = this.guard.at(officer, caseNumber, ExemptionModel.TASK_ORDER_CORRECTION,
				ExemptionStatus.CORRECTION_TO_ORDER);
		ExemptionEntity exemption = at.exemption();
		LocalDate today = this.guard.today();
		if (deadline == null) {
			throw new BusinessRuleException("exemption.correction.deadline.required");
		}
		LocalDate latest = today.plusDays(this.properties.getCorrectionMaxDays());
		if (!deadline.isAfter(today) || deadline.isAfter(latest)) {
			throw new BusinessRuleException("exemption.correction.deadline.range", today.plusDays(1), latest);
		}
		ExemptionStatus before = exemption.status();
		Document order = this.documents.correctionOrder(exemption, deadline, officer.username());
		exemption.correctionOrdered(deadline, order.number());
		this.process.complete(officer, at.step(),
				StepDecision.of(this.audit.correctionOrdered(officer.username(), exemption, before))
					.with(ExemptionModel.VAR_CORRECTION_DEADLINE, deadline.toString()));
		return outcome(exemption, "exemption.outcome.correctionOrdered", order.number(), deadline);
	}

	@Override
	public ExemptionOutcome report(UserProfile enterprise, String caseNumber, String description,
			List<String> attachmentIds) {
		Guarded at = this.guard.at(enterprise, caseNumber, ExemptionModel.TASK_REPORT_CORRECTION,
				ExemptionStatus.CORRECTING);
		ExemptionEntity exemption = at.exemption();
		String report = Texts.required(description, ExemptionFields.REPORT, "exemption.correction.report");
		if (attachmentIds != null && !attachmentIds.isEmpty()) {
			this.attachments.submit(enterprise.username(), exemption.caseNumber(), attachmentIds);
		}
		ExemptionStatus before = exemption.status();
		exemption.correctionReported(report, this.guard.now());
		this.process.complete(enterprise, at.step(),
				StepDecision.of(this.audit.correctionReported(enterprise.username(), exemption, before)));
		return outcome(exemption, "exemption.outcome.correctionReported", exemption.caseNumber());
	}

	@Override
	public ExemptionOutcome check(UserProfile officer, String caseNumber, boolean accepted, String reason) {
		Guarded at = this.guard.at(officer, caseNumber, ExemptionModel.TASK_CHECK_CORRECTION,
				ExemptionStatus.CORRECTION_REPORTED);
		ExemptionEntity exemption = at.exemption();
		String why = accepted ? Texts.optional(reason, ExemptionFields.REASON, "exemption.correction.checkReason")
				: Texts.required(reason, ExemptionFields.REASON, "exemption.correction.checkReason");
		ExemptionStatus before = exemption.status();
		LocalDate reportedOn = LocalDate.ofInstant(exemption.correctionReportedAt(),
				cn.enforceflow.calendar.WorkingCalendar.ZONE);
		exemption.correctionChecked(accepted, why, reportedOn);
		boolean timeLeft = !this.guard.today().isAfter(exemption.correctionDeadline());
		AssessmentResult result = (!accepted && timeLeft)
				? new AssessmentResult(ExemptionModel.OUTCOME_CORRECTION_NEEDED, null,
						ExemptionModel.OUTCOME_CORRECTION_NEEDED, exemption.priorCases())
				: this.assessor.assess(exemption);
		exemption.assessed(result, this.guard.now());
		this.process.complete(officer, at.step(),
				StepDecision.of(this.audit.correctionChecked(officer.username(), exemption, before))
					.with(ExemptionModel.VAR_OUTCOME, exemption.outcome()));
		return outcome(exemption, "exemption.outcome.checked." + exemption.outcome(), exemption.caseNumber(),
				exemption.correctionDeadline());
	}

	/** The correction period ended without a report: the assessment runs on that. */
	String overdue(String caseNumber) {
		ExemptionEntity exemption = this.exemptions.findByCaseNumber(caseNumber)
			.orElseThrow(() -> new IllegalStateException("no exemption case " + caseNumber));
		ExemptionStatus before = exemption.status();
		exemption.assessed(this.assessor.assess(exemption), this.guard.now());
		this.exemptions.saveAndFlush(exemption);
		this.audit.correctionOverdue(exemption, before);
		return exemption.outcome();
	}

	private static ExemptionOutcome outcome(ExemptionEntity exemption, String key, Object... arguments) {
		return new ExemptionOutcome(exemption.caseNumber(), exemption.status(), key, List.of(arguments));
	}

}
