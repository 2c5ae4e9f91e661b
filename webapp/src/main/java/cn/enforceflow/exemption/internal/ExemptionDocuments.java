package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.documents.Document;
import cn.enforceflow.documents.DocumentBody;
import cn.enforceflow.documents.DocumentBody.Inspector;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.IssueRequest;
import cn.enforceflow.exemption.ExemptionView.Person;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents of a first-violation case, served to the enterprise: the 责令改正通知书 when the
 * officer orders the correction, and the 不予行政处罚决定书 when the head approves. Issued in the
 * transaction of the step, so they exist exactly when the step is done.
 */
@Component
class ExemptionDocuments {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Documents documents;

	private final CaseOfficers officers;

	private final ExemptionProperties properties;

	private final MessageSource messages;

	ExemptionDocuments(Documents documents, CaseOfficers officers, ExemptionProperties properties,
			MessageSource messages) {
		this.documents = documents;
		this.officers = officers;
		this.properties = properties;
		this.messages = messages;
	}

	Document correctionOrder(ExemptionEntity exemption, LocalDate deadline, String issuedBy) {
		AssessedMatter matter = exemption.matter();
		DocumentBody.CorrectionOrder order = new DocumentBody.CorrectionOrder(exemption.facts(), matter.legalBasis(),
				(matter.penaltyBasis() != null && !matter.penaltyBasis().isBlank()) ? matter.penaltyBasis()
						: matter.legalBasis(),
				deadline, this.messages.getMessage("exemption.document.correctionRequirements",
						new Object[] { matter.name() }, CHINESE));
		return issue(exemption, order, issuedBy);
	}

	Document decision(ExemptionEntity exemption, String issuedBy) {
		AssessedMatter matter = exemption.matter();
		String evidence = (exemption.evidence() != null && !exemption.evidence().isBlank()) ? exemption.evidence()
				: this.messages.getMessage("exemption.document.evidenceOnFile", null, CHINESE);
		String reasons = this.messages.getMessage("exemption.document.reason." + exemption.reason(), null,
				this.messages.getMessage("exemption.reason." + exemption.reason(), null, exemption.reason(), CHINESE),
				CHINESE);
		List<Inspector> inspectors = List.of(inspector(exemption.officer()), inspector(exemption.secondOfficer()));
		DocumentBody.NonPenaltyDecision decision = new DocumentBody.NonPenaltyDecision(exemption.facts(), evidence,
				reasons, this.properties.getDecisionBasis(), exemption.educationRecord(),
				this.properties.getReviewBody(), this.properties.getCourt(), matter.name(), inspectors);
		return issue(exemption, decision, issuedBy);
	}

	private Document issue(ExemptionEntity exemption, DocumentBody body, String issuedBy) {
		return this.documents
			.issue(IssueRequest.toEnterprise(exemption.caseNumber(), DepartmentCode.of(exemption.departmentCode()),
					new CreditCode(exemption.enterpriseCreditCode()), body, issuedBy));
	}

	private Inspector inspector(String username) {
		Person person = this.officers.person(username);
		return new Inspector(person.name(), (person.certificateNumber() != null) ? person.certificateNumber() : "—");
	}

}
