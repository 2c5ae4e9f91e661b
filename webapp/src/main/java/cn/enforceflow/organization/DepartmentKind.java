package cn.enforceflow.organization;

/**
 * What an organ does in the product.
 */
public enum DepartmentKind {

	/** 行政执法部门 — inspects, decides exemptions. */
	ENFORCEMENT,

	/** 司法局 — the enforcement-supervision office. */
	JUSTICE_BUREAU,

	/** 纪委监委 — receives referred clues. */
	DISCIPLINE_COMMISSION

}
