package cn.enforceflow.exemption;

import java.time.LocalDate;

import cn.enforceflow.identity.UserProfile;

/**
 * 登记: an officer registers a violation and the assessment runs at once; and, for a case
 * handed to the general procedure, the department later records the penalty decision
 * taken there, which makes it an established violation for later look-backs.
 */
public interface ExemptionRegistration {

	/** Registers the case, assesses it and starts its workflow. */
	ExemptionView register(UserProfile officer, NewExemption request);

	/** 一般程序处罚决定: recorded on a case that went to the general procedure. */
	ExemptionOutcome recordPenaltyDecision(UserProfile user, String caseNumber, String decisionNumber,
			LocalDate decidedOn, String penaltySummary);

}
