package cn.enforceflow.invitation;

/**
 * A finding handed over to the first-violation exemption workflow (首违不罚): it is listed as
 * 待转首违不罚评估 until that workflow takes it up.
 */
public enum Handover {

	/** 待转首违不罚评估 */
	AWAITING_ASSESSMENT,

	/** 已转首违不罚案件: an officer registered a first-violation case from it. */
	TAKEN_UP

}
