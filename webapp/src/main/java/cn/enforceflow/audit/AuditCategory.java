package cn.enforceflow.audit;

/**
 * The two halves of the trail the audit page keeps apart: what happened to cases and
 * tasks (案件与办理记录), and who signed in, failed to or was refused (登录与安全). Sign-ins
 * outnumber everything else and would bury the record of the work.
 */
public enum AuditCategory {

	/**
	 * Everything but sign-in and access control, including codes not (yet) catalogued.
	 */
	CASE,

	/** Sign-in, sign-out, failed and locked sign-ins, refused requests. */
	SECURITY;

	/** The category of an action code: security only for the codes catalogued as such. */
	public static AuditCategory of(String action) {
		return AuditActionGroup.of(action).map(AuditActionGroup::category).orElse(CASE);
	}

}
