package cn.enforceflow.exemption;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A first-violation case as its readers see it.
 *
 * @param matter the matter as it was when the case was assessed; editing the catalog
 * later changes nothing here
 */
public record ExemptionView(String caseNumber, ExemptionStatus status, String departmentCode,
		String enterpriseCreditCode, String enterpriseName, Matter matter, String facts, String evidence,
		LocalDate violationOn, LocalDate foundOn, Harm harm, boolean corrected, LocalDate correctedOn, Person officer,
		Person secondOfficer, Assessment assessment, Correction correction, Proposal proposal, Review legalReview,
		Review approval, Decision decision, PenaltyDecision penaltyDecision, Long findingId, Instant registeredAt) {

	/** The matter of the violation catalog as assessed. */
	public record Matter(String code, String name, String legalBasis, String penaltyBasis, String list,
			int lookBackMonths, int limitationMonths, String exemptionConditions, boolean safetyBottomLine) {

	}

	/** An officer of the case and their certificate. */
	public record Person(String username, String name, String certificateNumber) {

	}

	/** 责令改正: the deadline, the enterprise's report and the officer's check. */
	public record Correction(LocalDate deadline, String orderNumber, String report, Instant reportedAt,
			Boolean accepted, String checkReason) {

	}

	public record Proposal(String opinion, String educationRecord, Instant proposedAt) {

	}

	/** 法制审核 or 负责人审批: who, the result and the reason; returns counted. */
	public record Review(String by, String byName, String result, String reason, Instant at, int returns) {

	}

	/** 不予行政处罚决定书: its number, service and publication. */
	public record Decision(String documentId, String number, LocalDate approvedOn, String serviceMethod,
			LocalDate servedOn, Instant receivedAt, LocalDate publishedOn) {

	}

	/** The general procedure's decision, once the department records it. */
	public record PenaltyDecision(String number, LocalDate decidedOn, String summary) {

	}

}
