package cn.enforceflow.invitation;

import java.time.LocalDate;

import cn.enforceflow.identity.UserProfile;

/**
 * 约定时间: the lead officer proposes a visit date inside the enterprise's window, the
 * enterprise confirms it or offers another once, the officer takes the enterprise's date
 * or proposes another, which the enterprise again confirms or declines. Due as a whole 5
 * working days after acceptance; when no date is agreed the invitation closes as 未约定 with
 * the reason. A date agreed may still be moved by agreement before the visit.
 */
public interface VisitScheduling {

	/** 拟定检查时间: a date after today inside the window, both officers certified that day. */
	InvitationOutcome proposeDate(UserProfile user, String trackingNumber, LocalDate date);

	/**
	 * The enterprise's answer to the proposed date: confirm it; or, the first time, offer
	 * another date; or, after its counter-proposal was answered with another date,
	 * decline with a reason (未约定).
	 */
	InvitationOutcome confirmDate(UserProfile user, String trackingNumber, Boolean accepted, LocalDate alternativeDate,
			String reason);

	/**
	 * The lead officer's answer to the enterprise's date: take it ({@code adopt}), or
	 * propose another.
	 */
	InvitationOutcome answerCounterProposal(UserProfile user, String trackingNumber, Boolean adopt, LocalDate date);

	/** 未约定: the lead officer finds no date can be agreed, with the reason. */
	InvitationOutcome notAgreed(UserProfile user, String trackingNumber, String reason);

	/**
	 * 变更检查日期: the agreed visit moved by agreement (by telephone, say) before it happens,
	 * with the reason; the record is then due 3 working days after the new day.
	 */
	InvitationOutcome moveVisit(UserProfile user, String trackingNumber, LocalDate date, String reason);

}
