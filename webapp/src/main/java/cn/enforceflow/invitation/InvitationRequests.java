package cn.enforceflow.invitation;

import cn.enforceflow.identity.UserProfile;

/**
 * 企业邀约: an enterprise submits an invitation, numbered at once, and may withdraw it (撤回)
 * until the department accepts it.
 */
public interface InvitationRequests {

	/** 企业邀约: numbered at once, e.g. YY-2026-000123. */
	TrackingNumber submit(UserProfile user, NewInvitation invitation);

	/** 撤回, with a reason, until the department has accepted the invitation. */
	InvitationOutcome withdraw(UserProfile user, String trackingNumber, String reason);

}
