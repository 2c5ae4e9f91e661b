package cn.enforceflow.exemption;

/** 裁量档次: what the assessment says applies. */
public enum Band {

	/** 不予处罚. */
	NO_PENALTY,

	/** 减轻处罚. */
	MITIGATED,

	/** 从轻处罚. */
	LIGHTER,

	/** 一般处罚. */
	GENERAL,

	/** 从重处罚. */
	HEAVIER

}
