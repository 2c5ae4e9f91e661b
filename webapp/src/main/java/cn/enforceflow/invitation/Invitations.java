package cn.enforceflow.invitation;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 邀约式执法检查, step by step. Every action checks the person's right to take it on this
 * invitation, checks its rules (with a message saying which one failed), records it on
 * the invitation, completes the step in the engine and appends to the audit trail, in one
 * transaction.
 * <p>
 * Who sees an invitation: the enterprise's own people, the department's people, the
 * justice bureau and administrators; for anyone else it does not exist
 * ({@link InvitationNotFoundException}). An action of a step that is not open is a
 * {@link StepNotOpenException} (409).
 */
public interface Invitations {

	/** 企业邀约: numbered at once, e.g. YY-2026-000123. */
	TrackingNumber submit(UserProfile user, NewInvitation invitation);

	InvitationView find(UserProfile user, String trackingNumber);

	/**
	 * The invitations this person may see, newest first: their enterprise's or
	 * department's.
	 */
	List<InvitationSummary> list(UserProfile user);

	boolean mayRead(UserProfile user, String trackingNumber);

	/** 受理, with a team of two certified officers of the department. */
	void accept(UserProfile user, String trackingNumber, String leadOfficer, String secondOfficer);

	/** 不予受理, with a reason. */
	void decline(UserProfile user, String trackingNumber, String reason);

	/** 拟定检查时间: a date within the enterprise's window. */
	void proposeDate(UserProfile user, String trackingNumber, LocalDate date);

	/** 确认检查时间, or offer another date once. */
	void confirmDate(UserProfile user, String trackingNumber, Boolean accepted, LocalDate alternativeDate);

	/** 记录检查结果: a finding for every item. */
	void recordInspection(UserProfile user, String trackingNumber, Inspection inspection);

	/** 报告整改情况: every hazard awaiting a report. */
	void reportRectification(UserProfile user, String trackingNumber, List<Rectification> rectifications);

	/** 复查: every reported hazard accepted or sent back (at most twice). */
	void verify(UserProfile user, String trackingNumber, List<Verification> verifications);

	/** 评价: a score from 1 to 5 and a comment; a null score closes without a rating. */
	void rate(UserProfile user, String trackingNumber, Integer score, String comment);

	/** For the dispatcher deciding on an invitation. */
	CombinedVisit combinedVisit(UserProfile user, String trackingNumber);

	/** 待转首违不罚评估: the findings handed over, of the departments this person works in. */
	List<FindingView> awaitingExemptionAssessment(UserProfile user);

	FindingView finding(UserProfile user, long findingId);

}
