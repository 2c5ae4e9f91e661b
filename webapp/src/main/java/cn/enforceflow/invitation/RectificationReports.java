package cn.enforceflow.invitation;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 报告整改情况: the enterprise reports on one or more of the hazards awaiting its report, each
 * on its own, with evidence.
 */
public interface RectificationReports {

	InvitationOutcome report(UserProfile user, String trackingNumber, List<Rectification> rectifications);

}
