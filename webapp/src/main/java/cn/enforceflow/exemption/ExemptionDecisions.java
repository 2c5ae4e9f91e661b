package cn.enforceflow.exemption;

import cn.enforceflow.identity.UserProfile;

/**
 * 拟不予处罚意见, 法制审核 and 负责人审批: the officer proposes with the education record, the legal
 * office reviews, the head approves — neither of them the proposer (行政处罚法 第五十八条).
 */
public interface ExemptionDecisions {

	ExemptionOutcome propose(UserProfile officer, String caseNumber, String opinion, String educationRecord);

	ExemptionOutcome review(UserProfile reviewer, String caseNumber, boolean approved, String reason);

	/**
	 * @param decision {@link HeadDecision#APPROVED}, {@link HeadDecision#RETURNED} with a
	 * reason, or {@link HeadDecision#GENERAL_PROCEDURE} with a reason
	 */
	ExemptionOutcome approve(UserProfile head, String caseNumber, HeadDecision decision, String reason);

	/** What the head decides. */
	enum HeadDecision {

		APPROVED, RETURNED, GENERAL_PROCEDURE

	}

}
