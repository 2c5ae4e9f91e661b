package cn.enforceflow.invitation;

import cn.enforceflow.identity.UserProfile;

/**
 * 评价: optional. The enterprise rates the service from 1 to 5 with a comment, or chooses
 * not to; 10 working days without a rating close the invitation as 未评价, with no breach.
 */
public interface ServiceRatings {

	/** A score from 1 to 5 and a comment; a null score closes without a rating. */
	InvitationOutcome rate(UserProfile user, String trackingNumber, Integer score, String comment);

}
