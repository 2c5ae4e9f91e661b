package cn.enforceflow.invitation;

/** Where the finding on one inspection item stands. */
public enum FindingStatus {

	/** 合规: nothing to rectify. */
	COMPLIANT,

	/** 待整改: the enterprise is to report its rectification (again, after a send-back). */
	AWAITING_REPORT,

	/** 待复查: reported; the officer is to verify. */
	REPORTED,

	/** 已整改: verified as rectified. */
	RECTIFIED,

	/** 未整改: not rectified after the last round. */
	NOT_RECTIFIED

}
