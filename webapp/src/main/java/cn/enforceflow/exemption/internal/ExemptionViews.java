package cn.enforceflow.exemption.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.exemption.Assessment;
import cn.enforceflow.exemption.ExemptionSummary;
import cn.enforceflow.exemption.ExemptionView;
import cn.enforceflow.exemption.PublishedDecision;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.processes.exemption.ExemptionModel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case as its readers see it, with the assessment's reasons in the reader's language.
 */
@Component
class ExemptionViews {

	private final Organizations organizations;

	private final CaseOfficers officers;

	private final MessageSource messages;

	ExemptionViews(Organizations organizations, CaseOfficers officers, MessageSource messages) {
		this.organizations = organizations;
		this.officers = officers;
		this.messages = messages;
	}

	ExemptionView view(ExemptionEntity e) {
		AssessedMatter m = e.matter();
		ExemptionView.Matter matter = new ExemptionView.Matter(m.code(), m.name(), m.legalBasis(), m.penaltyBasis(),
				m.list().map(Enum::name).orElse(null), m.lookBackMonths(), m.limitationMonths(),
				m.exemptionConditions(), m.safetyBottomLine());
		ExemptionView.Correction correction = (e.correctionDeadline() == null) ? null
				: new ExemptionView.Correction(e.correctionDeadline(), e.correctionOrderNumber(), e.correctionReport(),
						e.correctionReportedAt(), e.correctionAccepted(), e.correctionCheckReason());
		ExemptionView.Proposal proposal = (e.proposedAt() == null) ? null
				: new ExemptionView.Proposal(e.opinion(), e.educationRecord(), e.proposedAt());
		ExemptionView.Review review = (e.legalReviewedAt() == null) ? null
				: new ExemptionView.Review(e.legalReviewer(), this.officers.nameOf(e.legalReviewer()),
						Boolean.TRUE.equals(e.legalApproved()) ? "APPROVED" : "RETURNED", e.legalReason(),
						e.legalReviewedAt(), e.legalReturns());
		ExemptionView.Review approval = (e.headDecidedAt() == null) ? null
				: new ExemptionView.Review(e.approver(), this.officers.nameOf(e.approver()), e.headDecision(),
						e.headReason(), e.headDecidedAt(), e.headReturns());
		ExemptionView.Decision decision = (e.decisionNumber() == null) ? null
				: new ExemptionView.Decision(e.decisionDocumentId(), e.decisionNumber(), e.approvedOn(),
						e.serviceMethod(), e.servedOn(), e.receivedAt(), e.publishedOn());
		ExemptionView.PenaltyDecision penalty = (e.penaltyDecidedOn() == null) ? null
				: new ExemptionView.PenaltyDecision(e.penaltyDecisionNumber(), e.penaltyDecidedOn(),
						e.penaltySummary());
		return new ExemptionView(e.caseNumber(), e.status(), e.departmentCode(), e.enterpriseCreditCode(),
				enterpriseName(e.enterpriseCreditCode()), matter, e.facts(), e.evidence(), e.violationOn(), e.foundOn(),
				e.harm(), e.corrected(), e.correctedOn(), this.officers.person(e.officer()),
				this.officers.person(e.secondOfficer()), assessment(e), correction, proposal, review, approval,
				decision, penalty, e.findingId(), e.registeredAt());
	}

	ExemptionSummary summary(ExemptionEntity e) {
		return new ExemptionSummary(e.caseNumber(), e.status(), e.departmentCode(),
				enterpriseName(e.enterpriseCreditCode()), e.matter().code(), e.matter().name(), e.band(),
				e.violationOn(), e.registeredAt(), e.penaltyDecidedOn() != null);
	}

	PublishedDecision published(ExemptionEntity e) {
		return new PublishedDecision(e.departmentCode(), enterpriseName(e.enterpriseCreditCode()),
				e.enterpriseCreditCode(), e.matter().name(), e.matter().legalBasis(), e.decisionNumber(),
				e.approvedOn(), e.publishedOn(), PersonalData.masked(e.facts()));
	}

	/** The assessment with its reasons in words, naming the prior cases. */
	Assessment assessment(ExemptionEntity e) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> reasons = new ArrayList<>();
		reasons.add(this.messages.getMessage("exemption.reason." + e.reason(), null, e.reason(), locale));
		if (!e.priorCases().isEmpty()) {
			reasons.add(this.messages.getMessage("exemption.reason.priorCases",
					new Object[] { String.join("、", e.priorCases()), e.matter().lookBackMonths() }, locale));
		}
		return new Assessment(ExemptionModel.OUTCOME_ELIGIBLE.equals(e.outcome()) || isCorrectionPending(e),
				e.outcome(), e.band(), reasons, e.priorCases());
	}

	private static boolean isCorrectionPending(ExemptionEntity e) {
		return ExemptionModel.OUTCOME_CORRECTION_NEEDED.equals(e.outcome());
	}

	private String enterpriseName(String creditCode) {
		return this.organizations.enterprise(new CreditCode(creditCode)).map(Enterprise::name).orElse(creditCode);
	}

}
