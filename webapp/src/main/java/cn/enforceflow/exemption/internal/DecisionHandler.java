package cn.enforceflow.exemption.internal;

import java.util.List;

import cn.enforceflow.documents.Document;
import cn.enforceflow.exemption.ExemptionDecisions;
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
 * 拟不予处罚意见 → 法制审核 → 负责人审批. The officer proposes with the education record, which is
 * required; the legal reviewer approves or returns it with reasons; the head approves
 * (the 不予行政处罚决定书 is issued), returns it, or sends the case to the general procedure. The
 * model keeps the proposer off both reviews (第五十八条); the workflow layer enforces it.
 */
@Service
@Transactional
class DecisionHandler implements ExemptionDecisions {

	private final ExemptionGuard guard;

	private final ExemptionProcess process;

	private final ExemptionDocuments documents;

	private final ExemptionAudit audit;

	DecisionHandler(ExemptionGuard guard, ExemptionProcess process, ExemptionDocuments documents,
			ExemptionAudit audit) {
		this.guard = guard;
		this.process = process;
		this.documents = documents;
		this.audit = audit;
	}

	@Override
	public ExemptionOutcome propose(UserProfile officer, String caseNumber, String opinion, String educationRecord) {
		Guarded at = this.guard.at(officer, caseNumber, ExemptionModel.TASK_PROPOSE_EXEMPTION,
				ExemptionStatus.TO_PROPOSE);
		ExemptionEntity exemption = at.exemption();
		String proposal = Texts.required(opinion, ExemptionFields.OPINION, "exemption.proposal.opinion");
		String education = Texts.required(educationRecord, ExemptionFields.EDUCATION_RECORD,
				"exemption.proposal.education");
		ExemptionStatus before = exemption.status();
		exemption.proposed(proposal, education, this.guard.now());
		this.process.complete(officer, at.step(),
				StepDecision.of(this.audit.proposed(officer.username(), exemption, before)));
		return outcome(exemption, "exemption.outcome.proposed", exemption.caseNumber());
	}

	@Override
	public ExemptionOutcome review(UserProfile reviewer, String caseNumber, boolean approved, String reason) {
		Guarded at = this.guard.at(reviewer, caseNumber, ExemptionModel.TASK_LEGAL_REVIEW,
				ExemptionStatus.IN_LEGAL_REVIEW);
		ExemptionEntity exemption = at.exemption();
		String why = approved ? Texts.optional(reason, ExemptionFields.REASON, "exemption.review.reason")
				: Texts.required(reason, ExemptionFields.REASON, "exemption.review.reason");
		ExemptionStatus before = exemption.status();
		exemption.reviewed(reviewer.username(), approved, why, this.guard.now());
		this.process.complete(reviewer, at.step(),
				StepDecision.of(this.audit.reviewed(reviewer.username(), exemption, before))
					.with(ExemptionModel.VAR_LEGAL_APPROVED, approved));
		return outcome(exemption, approved ? "exemption.outcome.reviewApproved" : "exemption.outcome.reviewReturned",
				exemption.caseNumber());
	}

	@Override
	public ExemptionOutcome approve(UserProfile head, String caseNumber, HeadDecision decision, String reason) {
		Guarded at = this.guard.at(head, caseNumber, ExemptionModel.TASK_APPROVE_EXEMPTION,
				ExemptionStatus.AWAITING_APPROVAL);
		ExemptionEntity exemption = at.exemption();
		if (decision == null) {
			throw new BusinessRuleException("exemption.approval.decision.required");
		}
		String why = (decision == HeadDecision.APPROVED)
				? Texts.optional(reason, ExemptionFields.REASON, "exemption.approval.reason")
				: Texts.required(reason, ExemptionFields.REASON, "exemption.approval.reason");
		ExemptionStatus before = exemption.status();
		exemption.headDecided(head.username(), decision, why, this.guard.now(), this.guard.today());
		StepDecision step = StepDecision.of(this.audit.headDecided(head.username(), exemption, before))
			.with(ExemptionModel.VAR_HEAD_DECISION, decision.name());
		if (decision == HeadDecision.APPROVED) {
			Document issued = this.documents.decision(exemption, head.username());
			exemption.decisionIssued(issued.id(), issued.number());
			step = StepDecision.of(this.audit.headDecided(head.username(), exemption, before))
				.with(ExemptionModel.VAR_HEAD_DECISION, decision.name())
				.with(ExemptionModel.VAR_APPROVED_ON, exemption.approvedOn().toString());
		}
		this.process.complete(head, at.step(), step);
		return switch (decision) {
			case APPROVED ->
				outcome(exemption, "exemption.outcome.approved", exemption.caseNumber(), exemption.decisionNumber());
			case RETURNED -> outcome(exemption, "exemption.outcome.headReturned", exemption.caseNumber());
			case GENERAL_PROCEDURE ->
				outcome(exemption, "exemption.outcome.headGeneralProcedure", exemption.caseNumber());
		};
	}

	private static ExemptionOutcome outcome(ExemptionEntity exemption, String key, Object... arguments) {
		return new ExemptionOutcome(exemption.caseNumber(), exemption.status(), key, List.of(arguments));
	}

}
