package cn.enforceflow.processes.exemption;

import cn.enforceflow.processes.DeadlineModel;

/**
 * 首违不罚 — the element ids, variable names, values and candidate groups of the
 * {@code exemption} process in {@value #RESOURCE}, and the inputs and outputs of its
 * assessment decision in {@value #DECISION_RESOURCE}.
 * <p>
 * The business key of every instance is the case's number. The application evaluates the
 * decision {@value #DECISION_KEY} when the case is registered and again after the
 * correction check (ADR 0014) and hands the process its {@link #VAR_OUTCOME}; the model
 * routes on it. Every user task has a deadline, see {@link Step}.
 */
public final class ExemptionModel {

	public static final String PROCESS_KEY = "exemption";

	public static final String RESOURCE = "models/exemption.bpmn";

	/** The assessment (要素核查): eligible, or the discretion band that applies instead. */
	public static final String DECISION_KEY = "exemptionAssessment";

	public static final String DECISION_RESOURCE = "models/exemption-assessment.dmn";

	// Events

	/** 登记: started with the variables below and the first assessment's outcome. */
	public static final String START_CASE_REGISTERED = "StartEvent_CaseRegistered";

	/** 不予行政处罚决定 served and published. */
	public static final String END_PUBLISHED = "End_Published";

	/**
	 * 转一般程序: ineligible at registration, after the correction check or when it is
	 * overdue.
	 */
	public static final String END_GENERAL_PROCEDURE = "End_GeneralProcedure";

	/** 转一般程序 by the department head's decision at approval. */
	public static final String END_GENERAL_PROCEDURE_BY_HEAD = "End_GeneralProcedureByHead";

	/** 超过追责时效 (行政处罚法 第三十六条): no longer punishable. */
	public static final String END_TIME_BARRED = "End_TimeBarred";

	/**
	 * The interrupting timer on {@link #TASK_REPORT_CORRECTION}: the correction deadline
	 * passed without a report.
	 */
	public static final String TIMER_CORRECTION_DEADLINE_PASSED = "Timer_CorrectionDeadlinePassed";

	// User tasks

	/** 责令改正: the officer issues the 责令改正通知书 with a correction deadline. */
	public static final String TASK_ORDER_CORRECTION = "UserTask_OrderCorrection";

	/** The enterprise reports its correction with evidence. */
	public static final String TASK_REPORT_CORRECTION = "UserTask_ReportCorrection";

	/** The officer verifies the correction; the application assesses again. */
	public static final String TASK_CHECK_CORRECTION = "UserTask_CheckCorrection";

	/** 拟不予处罚意见, with the education record (教育告诫). */
	public static final String TASK_PROPOSE_EXEMPTION = "UserTask_ProposeExemption";

	/** 法制审核. */
	public static final String TASK_LEGAL_REVIEW = "UserTask_LegalReview";

	/** 负责人审批. */
	public static final String TASK_APPROVE_EXEMPTION = "UserTask_ApproveExemption";

	/** 送达: the officer records how the decision was served. */
	public static final String TASK_SERVE_DECISION = "UserTask_ServeDecision";

	/** The enterprise confirms receipt of an electronically served decision. */
	public static final String TASK_CONFIRM_RECEIPT = "UserTask_ConfirmReceipt";

	/** 公示. */
	public static final String TASK_PUBLISH_DECISION = "UserTask_PublishDecision";

	// Service tasks

	/** Runs {@link #CORRECTION_OVERDUE_DELEGATE} when the correction deadline passed. */
	public static final String TASK_CORRECTION_OVERDUE = "ServiceTask_CorrectionOverdue";

	/**
	 * The delegate of {@link #TASK_CORRECTION_OVERDUE}: the correction deadline passed
	 * without a report; the application assesses the case again and sets
	 * {@link #VAR_OUTCOME} (normally {@link #OUTCOME_INELIGIBLE}).
	 */
	public static final String CORRECTION_OVERDUE_DELEGATE = "exemptionCorrectionOverdue";

	// Gateways

	public static final String GATEWAY_ASSESSMENT = "Gateway_Assessment";

	public static final String GATEWAY_REASSESSMENT = "Gateway_Reassessment";

	public static final String GATEWAY_LEGAL_REVIEWED = "Gateway_LegalReviewed";

	public static final String GATEWAY_HEAD_DECIDED = "Gateway_HeadDecided";

	/** The parallel fork: service and publication, each 7 WD from the approval. */
	public static final String GATEWAY_SERVE_AND_PUBLISH = "Gateway_ServeAndPublish";

	public static final String GATEWAY_SERVICE_METHOD = "Gateway_ServiceMethod";

	/** The parallel join before {@link #END_PUBLISHED}. */
	public static final String GATEWAY_SERVED_AND_PUBLISHED = "Gateway_ServedAndPublished";

	// Variables set at start

	/**
	 * The department's code, e.g. {@code YJJ}; the candidate groups are derived from it.
	 */
	public static final String VAR_DEPARTMENT_CODE = "departmentCode";

	/**
	 * User id of the registering officer, the proposer: assignee of the officer tasks.
	 */
	public static final String VAR_OFFICER = "officer";

	/** User id of the second certified officer on the case. */
	public static final String VAR_SECOND_OFFICER = "secondOfficer";

	/** The enterprise's candidate group, see {@link #enterpriseGroup(String)}. */
	public static final String VAR_ENTERPRISE_GROUP = "enterpriseGroup";

	/**
	 * String, one of the {@code OUTCOME_} values: the last assessment's outcome, set at
	 * start, by {@link #TASK_CHECK_CORRECTION} and by
	 * {@link #CORRECTION_OVERDUE_DELEGATE}.
	 */
	public static final String VAR_OUTCOME = "outcome";

	// Variables set by the user tasks

	/**
	 * {@link java.util.Date}, the end of the day the officer set as the correction
	 * deadline, set by {@link #TASK_ORDER_CORRECTION} (and again when a correction is
	 * rejected with a new day).
	 */
	public static final String VAR_CORRECTION_DEADLINE = "correctionDeadline";

	/** Boolean, set by {@link #TASK_LEGAL_REVIEW}: {@code false} returns the proposal. */
	public static final String VAR_LEGAL_APPROVED = "legalApproved";

	/**
	 * String, one of the {@code HEAD_} values, set by {@link #TASK_APPROVE_EXEMPTION}.
	 */
	public static final String VAR_HEAD_DECISION = "headDecision";

	/**
	 * {@link java.util.Date}, the day of the approval, set by
	 * {@link #TASK_APPROVE_EXEMPTION}; service and publication are due 7 WD after it.
	 */
	public static final String VAR_APPROVED_ON = "approvedOn";

	/**
	 * String, one of the {@code SERVICE_} values, set by {@link #TASK_SERVE_DECISION}.
	 */
	public static final String VAR_SERVICE_METHOD = "serviceMethod";

	// Outcomes of the assessment (VAR_OUTCOME, OUT_OUTCOME)

	/** 适用首违不罚: on to the proposal. */
	public static final String OUTCOME_ELIGIBLE = "ELIGIBLE";

	/** Not yet corrected: order the correction (or, rejected with time left, again). */
	public static final String OUTCOME_CORRECTION_NEEDED = "CORRECTION_NEEDED";

	/** 不适用: 转一般程序 with the recommended band. */
	public static final String OUTCOME_INELIGIBLE = "INELIGIBLE";

	/** 超过追责时效: not punishable at all. */
	public static final String OUTCOME_TIME_BARRED = "TIME_BARRED";

	// Head decisions (VAR_HEAD_DECISION)

	public static final String HEAD_APPROVED = "APPROVED";

	/** 退回: back to the proposal, with reasons. */
	public static final String HEAD_RETURNED = "RETURNED";

	/** 转一般程序. */
	public static final String HEAD_GENERAL_PROCEDURE = "GENERAL_PROCEDURE";

	// Service methods (VAR_SERVICE_METHOD)

	/** 电子送达, where the enterprise agreed to it: the enterprise confirms receipt. */
	public static final String SERVICE_ELECTRONIC = "ELECTRONIC";

	/** 直接送达. */
	public static final String SERVICE_IN_PERSON = "IN_PERSON";

	/** 邮寄送达. */
	public static final String SERVICE_POST = "POST";

	// Inputs of the assessment decision

	/**
	 * String, the matter's list: {@code NO_PENALTY} (不予处罚清单), {@code MITIGATED},
	 * {@code LIGHTER}, {@code HEAVIER}, or {@code NONE}.
	 */
	public static final String IN_LIST = "list";

	/**
	 * Boolean: the matter touches the safety bottom line (安全底线), no first-violation
	 * exemption.
	 */
	public static final String IN_SAFETY_BOTTOM_LINE = "safetyBottomLine";

	/**
	 * Integer: established earlier violations of the same matter by the same enterprise
	 * within the matter's look-back window.
	 */
	public static final String IN_PRIOR_VIOLATIONS = "priorViolations";

	/** String: {@code NONE}, {@code MINOR} or {@code SERIOUS}. */
	public static final String IN_HARM = "harm";

	/** Boolean: the violation is corrected. */
	public static final String IN_CORRECTED = "corrected";

	/** Boolean: corrected by the deadline (or before it was found). */
	public static final String IN_CORRECTED_IN_TIME = "correctedInTime";

	/** Boolean: a correction order was already issued. */
	public static final String IN_CORRECTION_ORDERED = "correctionOrdered";

	/**
	 * Integer: days from the violation (its end, if continuing) to the day it was found.
	 */
	public static final String IN_DAYS_ELAPSED = "daysElapsed";

	/** Integer: the matter's limitation period in days (第三十六条). */
	public static final String IN_LIMITATION_DAYS = "limitationDays";

	// Outputs of the assessment decision

	/** One of the {@code OUTCOME_} values. */
	public static final String OUT_OUTCOME = "outcome";

	/**
	 * A {@link Band} name; {@code null} for time-barred cases and a correction needed.
	 */
	public static final String OUT_BAND = "band";

	/** A {@link Reason} name. */
	public static final String OUT_REASON = "reason";

	// Candidate groups

	/** Appended to the department code: {@code YJJ.OFFICER}. */
	public static final String OFFICER_GROUP_SUFFIX = ".OFFICER";

	/** Appended to the department code: {@code YJJ.LEGAL_REVIEWER}. */
	public static final String LEGAL_REVIEWER_GROUP_SUFFIX = ".LEGAL_REVIEWER";

	/** Appended to the department code: {@code YJJ.DEPT_HEAD}. */
	public static final String DEPT_HEAD_GROUP_SUFFIX = ".DEPT_HEAD";

	/** Put before the enterprise's 统一社会信用代码: {@code ENT.91320804746832153E}. */
	public static final String ENTERPRISE_GROUP_PREFIX = "ENT.";

	private ExemptionModel() {
	}

	/** The candidate group of a department's officers. */
	public static String officerGroup(String departmentCode) {
		return departmentCode + OFFICER_GROUP_SUFFIX;
	}

	/** The candidate group of a department's legal reviewers (法制审核). */
	public static String legalReviewerGroup(String departmentCode) {
		return departmentCode + LEGAL_REVIEWER_GROUP_SUFFIX;
	}

	/** The candidate group of a department's heads (负责人). */
	public static String deptHeadGroup(String departmentCode) {
		return departmentCode + DEPT_HEAD_GROUP_SUFFIX;
	}

	/** The value to set as {@link #VAR_ENTERPRISE_GROUP} for an enterprise. */
	public static String enterpriseGroup(String creditCode) {
		return ENTERPRISE_GROUP_PREFIX + creditCode;
	}

	/**
	 * The deadline of each user task: the policy its due date and timers name, and the
	 * step that names its timers, service tasks and end events (see
	 * {@link DeadlineModel}).
	 */
	public enum Step {

		/** 责令改正通知书, 2 working days. */
		CORRECTION_ORDER(TASK_ORDER_CORRECTION, "CorrectionOrder", "exemption.order"),

		/**
		 * The enterprise's report, by the correction deadline the officer set. Optional
		 * in the model's sense: no breach; when the deadline passes the interrupting
		 * {@link #TIMER_CORRECTION_DEADLINE_PASSED} ends the wait and the case is
		 * assessed again.
		 */
		CORRECTION_REPORT(TASK_REPORT_CORRECTION, "CorrectionReport", "exemption.correct"),

		/** 核查改正, 3 working days. */
		CORRECTION_CHECK(TASK_CHECK_CORRECTION, "CorrectionCheck", "exemption.check"),

		/** 拟不予处罚意见, 5 working days. */
		PROPOSAL(TASK_PROPOSE_EXEMPTION, "Proposal", "exemption.propose"),

		/** 法制审核, 3 working days. */
		LEGAL_REVIEW(TASK_LEGAL_REVIEW, "LegalReview", "exemption.legal-review"),

		/** 负责人审批, 2 working days. */
		APPROVAL(TASK_APPROVE_EXEMPTION, "Approval", "exemption.approve"),

		/** 送达, 7 working days after the approval. */
		SERVICE(TASK_SERVE_DECISION, "Service", "exemption.serve"),

		/** 确认签收 of an electronic service, by the same deadline as the service. */
		RECEIPT(TASK_CONFIRM_RECEIPT, "Receipt", "exemption.serve"),

		/** 公示, 7 working days after the approval. */
		PUBLICATION(TASK_PUBLISH_DECISION, "Publication", "exemption.publish");

		private final String task;

		private final String step;

		private final String policy;

		Step(String task, String step, String policy) {
			this.task = task;
			this.step = step;
			this.policy = policy;
		}

		/** The user task's element id. */
		public String task() {
			return this.task;
		}

		/** The deadline policy's key. */
		public String policy() {
			return this.policy;
		}

		public String reminderTimer() {
			return DeadlineModel.reminderTimer(this.step);
		}

		public String overdueTimer() {
			return DeadlineModel.overdueTimer(this.step);
		}

		public String reminderTask() {
			return DeadlineModel.reminderTask(this.step);
		}

		public String breachTask() {
			return DeadlineModel.breachTask(this.step);
		}

		public String remindedEnd() {
			return DeadlineModel.remindedEnd(this.step);
		}

		public String breachRecordedEnd() {
			return DeadlineModel.breachRecordedEnd(this.step);
		}

	}

	/** The discretion band the assessment recommends ({@link #OUT_BAND}). */
	public enum Band {

		/** 不予处罚. */
		NO_PENALTY,

		/** 减轻处罚. */
		MITIGATED,

		/** 从轻处罚. */
		LIGHTER,

		/** 一般. */
		GENERAL,

		/** 从重处罚. */
		HEAVIER

	}

	/** Why the assessment decided as it did ({@link #OUT_REASON}). */
	public enum Reason {

		/** 超过追责时效 (第三十六条). */
		LIMITATION_EXPIRED,

		/**
		 * 第三十三条第一款前段: 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚 — whatever came before.
		 */
		NO_HARM_CORRECTED,

		/**
		 * 第三十三条第一款后段: 初次违法且危害后果轻微并及时改正的，可以不予行政处罚 — on the 不予处罚 list only.
		 */
		FIRST_MINOR_CORRECTED,

		/** Not yet corrected, and no correction ordered: 责令改正 first. */
		CORRECTION_NEEDED,

		/** 危害后果较重. */
		SERIOUS_HARM,

		/** Not a first violation within the look-back window. */
		PRIOR_VIOLATION,

		/** The matter touches the safety bottom line. */
		SAFETY_BOTTOM_LINE,

		/** Ordered, and not corrected. */
		NOT_CORRECTED,

		/** Corrected after the deadline. */
		NOT_CORRECTED_IN_TIME,

		/** On the 减轻 list. */
		ON_MITIGATED_LIST,

		/** On the 从轻 list. */
		ON_LIGHTER_LIST,

		/** On the 从重 list. */
		ON_HEAVIER_LIST,

		/** On no list. */
		NOT_ON_LIST,

		/**
		 * The facts given fit no rule (a value missing or out of range): no exemption,
		 * the general procedure decides.
		 */
		INCOMPLETE_FACTS

	}

}
