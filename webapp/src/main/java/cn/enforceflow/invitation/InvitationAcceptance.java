package cn.enforceflow.invitation;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/** 受理: the department's dispatcher accepts an invitation with a team, or declines it. */
public interface InvitationAcceptance {

	/**
	 * 受理, with a team of two officers of the department whose certificates are valid
	 * through the window, and the other open cases of the enterprise the visit is
	 * combined with (综合查一次).
	 */
	InvitationOutcome accept(UserProfile user, String trackingNumber, String leadOfficer, String secondOfficer,
			List<String> combinedWith);

	/** 不予受理, with a reason. */
	InvitationOutcome decline(UserProfile user, String trackingNumber, String reason);

}
