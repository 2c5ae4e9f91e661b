package cn.enforceflow.identity;

/**
 * The roles of DESIGN.md; a Spring Security authority is {@code ROLE_} plus the name.
 */
public enum Role {

	/** 企业经办人 */
	ENTERPRISE,
	/** 执法人员 */
	OFFICER,
	/** 受理/派单人 */
	DISPATCHER,
	/** 法制审核员 */
	LEGAL_REVIEWER,
	/** 部门负责人 */
	DEPT_HEAD,
	/** 执法监督员 */
	SUPERVISOR,
	/** 司法局负责人 */
	BUREAU_HEAD,
	/** 纪检监察人员 */
	DISCIPLINE_INSPECTOR,
	/** 系统管理员 */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
