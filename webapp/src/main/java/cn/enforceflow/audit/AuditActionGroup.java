package cn.enforceflow.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The action codes the capabilities append, in the groups the audit page offers them as
 * kinds of entry. Each code's name is the message {@code audit.action.<CODE>}.
 * <p>
 * The codes are the appenders' (each capability keeps its own constants); this catalogue
 * only sorts them for reading. A code missing here is still shown, by its name or its
 * code, and counts as {@link AuditCategory#CASE}; it cannot be chosen as a filter.
 */
public enum AuditActionGroup {

	/** 案件办理: the steps of a case itself. */
	CASE_HANDLING(AuditCategory.CASE, "INVITATION_SUBMITTED", "INVITATION_ACCEPTED", "INVITATION_DECLINED",
			"INVITATION_WITHDRAWN", "VISIT_DATE_PROPOSED", "VISIT_DATE_CONFIRMED", "VISIT_DATE_COUNTER_PROPOSED",
			"VISIT_COUNTER_PROPOSAL_ADOPTED", "VISIT_NOT_AGREED", "VISIT_MOVED", "INSPECTION_RECORDED",
			"RECTIFICATION_REPORTED", "RECTIFICATION_VERIFIED", "INVITATION_RATED", "INVITATION_CLOSED_UNRATED",
			"FINDINGS_HANDED_OVER", "FINDING_HANDED_OVER"),

	/** 任务操作: what people did with the tasks of a case. */
	TASKS(AuditCategory.CASE, "TASK_CLAIMED", "TASK_UNCLAIMED", "TASK_TRANSFERRED", "TASK_RETURNED", "TASK_COMMENTED",
			"TASK_URGED", "STEP_COMPLETED"),

	/** 文书与材料: documents served and evidence filed. */
	DOCUMENTS(AuditCategory.CASE, "DOCUMENT_ISSUED", "DOCUMENT_RECEIVED", "ATTACHMENT_UPLOADED", "ATTACHMENT_SUBMITTED",
			"ATTACHMENT_DELETED"),

	/** 日历与期限: the working-day calendar and the deadlines kept by it. */
	CALENDAR_AND_DEADLINES(AuditCategory.CASE, "CALENDAR_DAY_SET", "CALENDAR_DAY_RESET", "CALENDAR_YEAR_IMPORTED",
			"DEADLINE_REMINDER", "DEADLINE_BREACH"),

	/** 目录维护: catalogs imported from spreadsheets. */
	CATALOGS(AuditCategory.CASE, "CATALOG_IMPORTED"),

	/** 登录与安全: sign-in and access control. */
	SECURITY(AuditCategory.SECURITY, "SIGNED_IN", "SIGNED_OUT", "SIGN_IN_FAILED", "SIGN_IN_LOCKED", "ACCESS_DENIED");

	private final AuditCategory category;

	private final List<String> actions;

	AuditActionGroup(AuditCategory category, String... actions) {
		this.category = category;
		this.actions = List.of(actions);
	}

	public AuditCategory category() {
		return this.category;
	}

	/** The action codes of the group, in the order the page lists them. */
	public List<String> actions() {
		return this.actions;
	}

	/** The group of a catalogued action code. */
	public static Optional<AuditActionGroup> of(String action) {
		return Arrays.stream(values()).filter((group) -> group.actions.contains(action)).findFirst();
	}

	/** The groups of a category, in order. */
	public static List<AuditActionGroup> of(AuditCategory category) {
		return Arrays.stream(values()).filter((group) -> group.category == category).toList();
	}

}
