package cn.enforceflow.invitation;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 邀约式执法检查 as people read it. Who sees an invitation: the enterprise's own people, the
 * department's people, the justice bureau and administrators; for anyone else it does not
 * exist ({@link InvitationNotFoundException}). The steps are {@link InvitationRequests},
 * {@link InvitationAcceptance}, {@link VisitScheduling}, {@link InspectionRecords},
 * {@link RectificationReports}, {@link RectificationChecks} and {@link ServiceRatings}.
 */
public interface Invitations {

	InvitationView find(UserProfile user, String trackingNumber);

	/** The invitations this person may see that match, newest first, a page at a time. */
	InvitationPage search(UserProfile user, InvitationSearch search);

	boolean mayRead(UserProfile user, String trackingNumber);

	/** For the dispatcher deciding on an invitation (综合查一次). */
	CombinedVisit combinedVisit(UserProfile user, String trackingNumber);

	/** 待转首违不罚评估: the findings handed over, of the departments this person works in. */
	List<FindingView> awaitingExemptionAssessment(UserProfile user);

	FindingView finding(UserProfile user, long findingId);

}
