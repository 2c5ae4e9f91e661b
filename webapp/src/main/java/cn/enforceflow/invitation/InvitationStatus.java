package cn.enforceflow.invitation;

/**
 * Where an invitation stands; always the step its case is at in the engine.
 */
public enum InvitationStatus {

	/** 待受理: the department is to accept or decline. */
	SUBMITTED,

	/** 不予受理: declined with a reason (final). */
	DECLINED,

	/** 待拟定检查时间: accepted; the lead officer is to propose a date. */
	ACCEPTED,

	/** 待确认检查时间: the enterprise is to confirm the proposed date or offer another. */
	DATE_PROPOSED,

	/** 待检查: the date is agreed; the officers are to visit and record the result. */
	SCHEDULED,

	/** 整改中: hazards were found; the enterprise is to report their rectification. */
	RECTIFYING,

	/** 待复查: the enterprise reported; the officer is to verify. */
	VERIFYING,

	/** 待评价: the inspection is over; the enterprise may rate the service. */
	RATING,

	/** 已办结 (final). */
	CLOSED;

	public boolean finished() {
		return this == DECLINED || this == CLOSED;
	}

}
