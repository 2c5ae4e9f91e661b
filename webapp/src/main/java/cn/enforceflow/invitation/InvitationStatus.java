package cn.enforceflow.invitation;

/**
 * Where an invitation stands; always the step its case is at in the engine.
 */
public enum InvitationStatus {

	/** 待受理: the department is to accept or decline; the enterprise may still withdraw. */
	SUBMITTED,

	/** 不予受理: declined with a reason (final). */
	DECLINED,

	/** 已撤回: withdrawn by the enterprise before acceptance (final). */
	WITHDRAWN,

	/** 待拟定检查时间: accepted; the lead officer is to propose a date. */
	ACCEPTED,

	/**
	 * 待确认检查时间: the enterprise is to confirm the proposed date (or offer another, once).
	 */
	DATE_PROPOSED,

	/**
	 * 待回复企业另提日期: the lead officer is to take the enterprise's date or propose another.
	 */
	COUNTER_PROPOSED,

	/** 未约定: no visit date was agreed, with the reason (final). */
	NOT_AGREED,

	/** 待检查: the date is agreed; the officers are to visit and record the result. */
	SCHEDULED,

	/** 整改中: a hazard awaits the enterprise's rectification report. */
	RECTIFYING,

	/** 待复查: every open hazard is reported; the officer is to verify. */
	VERIFYING,

	/** 待评价: the inspection is over; the enterprise may rate the service. */
	RATING,

	/** 已办结 (final), rated or not. */
	CLOSED;

	public boolean finished() {
		return this == DECLINED || this == WITHDRAWN || this == NOT_AGREED || this == CLOSED;
	}

}
