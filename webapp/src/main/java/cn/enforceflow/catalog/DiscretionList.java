package cn.enforceflow.catalog;

/**
 * 四张清单 — the discretion lists a violation matter may be on: 不予处罚 (no penalty), 减轻
 * (mitigated), 从轻 (lighter), 从重 (heavier).
 */
public enum DiscretionList {

	/** 不予处罚. */
	NO_PENALTY,

	/** 减轻处罚. */
	MITIGATED,

	/** 从轻处罚. */
	LIGHTER,

	/** 从重处罚. */
	HEAVIER

}
