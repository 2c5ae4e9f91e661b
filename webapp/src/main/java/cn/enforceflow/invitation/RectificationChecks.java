package cn.enforceflow.invitation;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 复查: a certified officer verifies one or more reported hazards, each on its own:
 * rectified, sent back (at most twice per hazard), not rectified, or — by the officer's
 * choice, for a 重大隐患 left unrectified or a real violation they name — handed over to the
 * first-violation exemption assessment. A rectified hazard is never handed over.
 */
public interface RectificationChecks {

	InvitationOutcome verify(UserProfile user, String trackingNumber, List<Verification> verifications);

}
