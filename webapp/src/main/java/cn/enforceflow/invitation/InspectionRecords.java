package cn.enforceflow.invitation;

import cn.enforceflow.identity.UserProfile;

/**
 * 记录检查结果: held on the agreed visit date, or on another day with the reason, never on a
 * day still to come; by certified officers of the department who were there; a finding
 * for every item. Ends in the 检查记录 and, when hazards were found, the 整改建议书.
 */
public interface InspectionRecords {

	InvitationOutcome record(UserProfile user, String trackingNumber, Inspection inspection);

}
