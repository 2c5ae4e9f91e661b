package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;

/**
 * 隐患 as the officers recorded it, checked: what is wrong, how serious, the law it breaks,
 * what to do, and by when — the default deadline when the officer set none, or one after
 * the day of the visit and not already past.
 */
record HazardDraft(String description, HazardLevel level, String legalBasis, String advice, LocalDate deadline,
		boolean suspectedViolation) {

	/**
	 * @param itemName the item, for the messages
	 * @param inspectedOn the day of the visit
	 * @param defaultDeadline the deadline policy's default, counted from the visit
	 */
	static HazardDraft of(String itemName, Inspection.Hazard hazard, boolean suspectedViolation, LocalDate inspectedOn,
			LocalDate today, LocalDate defaultDeadline) {
		if (hazard == null) {
			throw new BusinessRuleException("invitation.hazard.required", itemName);
		}
		String description = Texts.required(hazard.description(), InvitationFields.HAZARD_DESCRIPTION,
				"invitation.hazard.description", itemName);
		if (hazard.level() == null) {
			throw new BusinessRuleException("invitation.hazard.level", itemName);
		}
		String legalBasis = Texts.required(hazard.legalBasis(), InvitationFields.LEGAL_BASIS,
				"invitation.hazard.legalBasis", itemName);
		String advice = Texts.required(hazard.advice(), InvitationFields.ADVICE, "invitation.hazard.advice", itemName);
		LocalDate deadline = (hazard.deadline() != null) ? hazard.deadline() : defaultDeadline;
		if (!deadline.isAfter(inspectedOn) || deadline.isBefore(today)) {
			throw new BusinessRuleException("invitation.hazard.deadlineAfterVisit", itemName, deadline, inspectedOn);
		}
		return new HazardDraft(description, hazard.level(), legalBasis, advice, deadline, suspectedViolation);
	}

}
