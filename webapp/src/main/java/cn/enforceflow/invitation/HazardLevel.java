package cn.enforceflow.invitation;

/** How serious a hazard (隐患) is. */
public enum HazardLevel {

	/** 一般隐患 */
	GENERAL,

	/** 重大隐患 */
	MAJOR

}
