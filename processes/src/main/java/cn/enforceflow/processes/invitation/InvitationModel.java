package cn.enforceflow.processes.invitation;

import cn.enforceflow.processes.DeadlineModel;

/**
 * 邀约式执法检查 — the element ids, variable names and candidate groups of the
 * {@code invitation} process in {@value #RESOURCE}.
 * <p>
 * The business key of every instance is the request's tracking number. Every user task
 * has a deadline, see {@link Step}.
 */
public final class InvitationModel {

	public static final String PROCESS_KEY = "invitation";

	public static final String RESOURCE = "models/invitation.bpmn";

	// Events

	public static final String START_INVITATION_SUBMITTED = "StartEvent_InvitationSubmitted";

	public static final String END_DECLINED = "End_Declined";

	public static final String END_CLOSED = "End_Closed";

	// User tasks

	public static final String TASK_ACCEPT_INVITATION = "UserTask_AcceptInvitation";

	public static final String TASK_PROPOSE_VISIT_DATE = "UserTask_ProposeVisitDate";

	public static final String TASK_CONFIRM_VISIT_DATE = "UserTask_ConfirmVisitDate";

	public static final String TASK_RECORD_INSPECTION = "UserTask_RecordInspection";

	public static final String TASK_REPORT_RECTIFICATION = "UserTask_ReportRectification";

	public static final String TASK_VERIFY_RECTIFICATION = "UserTask_VerifyRectification";

	public static final String TASK_RATE_SERVICE = "UserTask_RateService";

	// Service tasks

	/** Hands the findings marked as suspected violations to the exemption assessment. */
	public static final String TASK_HAND_OVER_SUSPECTED_VIOLATIONS = "ServiceTask_HandOverSuspectedViolations";

	/**
	 * Hands the hazards left unrectified after the last round to the exemption
	 * assessment.
	 */
	public static final String TASK_HAND_OVER_UNRECTIFIED = "ServiceTask_HandOverUnrectified";

	/** The delegate of both hand-over service tasks. */
	public static final String FINDING_HANDOVER_DELEGATE = "findingHandover";

	// Gateways

	public static final String GATEWAY_SUSPECTED_VIOLATIONS = "Gateway_SuspectedViolations";

	public static final String GATEWAY_ACCEPTED = "Gateway_Accepted";

	public static final String GATEWAY_DATE_CONFIRMED = "Gateway_DateConfirmed";

	public static final String GATEWAY_HAZARDS_FOUND = "Gateway_HazardsFound";

	public static final String GATEWAY_RECTIFICATION_VERIFIED = "Gateway_RectificationVerified";

	// Sequence flows leaving the gateways

	public static final String FLOW_ACCEPTED = "Flow_Accepted";

	public static final String FLOW_DECLINED = "Flow_Declined";

	public static final String FLOW_DATE_CONFIRMED = "Flow_DateConfirmed";

	public static final String FLOW_DATE_COUNTER_PROPOSED = "Flow_DateCounterProposed";

	public static final String FLOW_SUSPECTED_VIOLATIONS = "Flow_SuspectedViolations";

	public static final String FLOW_NO_SUSPECTED_VIOLATIONS = "Flow_NoSuspectedViolations";

	public static final String FLOW_NO_HAZARDS = "Flow_NoHazards";

	public static final String FLOW_HAZARDS_FOUND = "Flow_HazardsFound";

	public static final String FLOW_RECTIFICATION_ACCEPTED = "Flow_RectificationAccepted";

	public static final String FLOW_RECTIFICATION_SENT_BACK = "Flow_RectificationSentBack";

	public static final String FLOW_NOT_RECTIFIED = "Flow_NotRectified";

	// Variables set at start

	/**
	 * The department's code, e.g. {@code YJJ}; the dispatcher group is derived from it.
	 */
	public static final String VAR_DEPARTMENT_CODE = "departmentCode";

	/** The enterprise's candidate group, see {@link #enterpriseGroup(String)}. */
	public static final String VAR_ENTERPRISE_GROUP = "enterpriseGroup";

	// Variables set by the user tasks

	/** Boolean, set by {@link #TASK_ACCEPT_INVITATION}. */
	public static final String VAR_ACCEPTED = "accepted";

	/**
	 * User id, set by {@link #TASK_ACCEPT_INVITATION} on accept; assignee of the officer
	 * tasks.
	 */
	public static final String VAR_LEAD_OFFICER = "leadOfficer";

	/** User id, set by {@link #TASK_ACCEPT_INVITATION} on accept. */
	public static final String VAR_SECOND_OFFICER = "secondOfficer";

	/**
	 * Boolean, set by {@link #TASK_CONFIRM_VISIT_DATE}; {@code false} is a
	 * counter-proposal.
	 */
	public static final String VAR_DATE_CONFIRMED = "dateConfirmed";

	/**
	 * String, the agreed day of the visit as an ISO date, set by
	 * {@link #TASK_CONFIRM_VISIT_DATE}; the inspection record is due 3 working days after
	 * it.
	 */
	public static final String VAR_VISIT_DATE = "visitDate";

	/** Boolean, set by {@link #TASK_RECORD_INSPECTION}. */
	public static final String VAR_HAZARDS_FOUND = "hazardsFound";

	/**
	 * Boolean, set by {@link #TASK_RECORD_INSPECTION}: a finding was marked for the
	 * first-violation exemption assessment.
	 */
	public static final String VAR_SUSPECTED_VIOLATIONS = "suspectedViolations";

	/**
	 * String, an ISO date: the last of the hazards' deadlines the officer set, when the
	 * rectification report is due; set by {@link #TASK_RECORD_INSPECTION} and, on a
	 * send-back, by {@link #TASK_VERIFY_RECTIFICATION}.
	 */
	public static final String VAR_RECTIFICATION_DEADLINE = "rectificationDeadline";

	/**
	 * String, a {@link VerificationOutcome} name, set by
	 * {@link #TASK_VERIFY_RECTIFICATION}.
	 */
	public static final String VAR_VERIFICATION_OUTCOME = "verificationOutcome";

	/**
	 * Boolean, set by {@link #TASK_RATE_SERVICE}; {@code false} when the enterprise chose
	 * not to rate.
	 */
	public static final String VAR_RATED = "rated";

	// Candidate groups

	/** Appended to the department code: {@code YJJ.DISPATCHER}. */
	public static final String DISPATCHER_GROUP_SUFFIX = ".DISPATCHER";

	/**
	 * Appended to the department code: {@code YJJ.OFFICER}. The officer tasks are
	 * assigned to the lead officer and offered to the department's officers, who may take
	 * them over (转办, or claim after the lead gives one back).
	 */
	public static final String OFFICER_GROUP_SUFFIX = ".OFFICER";

	/** Put before the enterprise's 统一社会信用代码: {@code ENT.91320804746832153E}. */
	public static final String ENTERPRISE_GROUP_PREFIX = "ENT.";

	private InvitationModel() {
	}

	/**
	 * The deadline of each user task: the policy its due date and timers name, and the
	 * step that names its timers, service tasks and end events (see
	 * {@link DeadlineModel}).
	 */
	public enum Step {

		/** 受理, 2 working days. */
		ACCEPTANCE(TASK_ACCEPT_INVITATION, "Acceptance", "invitation.accept"),

		/** 约定时间: the lead officer proposes a date, 5 working days. */
		DATE_PROPOSAL(TASK_PROPOSE_VISIT_DATE, "DateProposal", "invitation.schedule"),

		/** 约定时间: the enterprise confirms or counter-proposes, 5 working days. */
		DATE_CONFIRMATION(TASK_CONFIRM_VISIT_DATE, "DateConfirmation", "invitation.schedule"),

		/** 记录检查结果, 3 working days after the agreed visit. */
		INSPECTION_RECORD(TASK_RECORD_INSPECTION, "InspectionRecord", "invitation.record"),

		/**
		 * 整改, by the last of the deadlines the officer set per hazard (15 working days is
		 * the default offered).
		 */
		RECTIFICATION_REPORT(TASK_REPORT_RECTIFICATION, "RectificationReport", "invitation.rectify"),

		/** 复查, 5 working days. */
		VERIFICATION(TASK_VERIFY_RECTIFICATION, "Verification", "invitation.verify"),

		/** 评价, 10 working days. */
		RATING(TASK_RATE_SERVICE, "Rating", "invitation.rate");

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

	/**
	 * The candidate group of a department's dispatchers, as the model derives it from
	 * {@link #VAR_DEPARTMENT_CODE}.
	 */
	public static String dispatcherGroup(String departmentCode) {
		return departmentCode + DISPATCHER_GROUP_SUFFIX;
	}

	/**
	 * The candidate group of a department's officers, as the model derives it from
	 * {@link #VAR_DEPARTMENT_CODE}.
	 */
	public static String officerGroup(String departmentCode) {
		return departmentCode + OFFICER_GROUP_SUFFIX;
	}

	/** The value to set as {@link #VAR_ENTERPRISE_GROUP} for an enterprise. */
	public static String enterpriseGroup(String creditCode) {
		return ENTERPRISE_GROUP_PREFIX + creditCode;
	}

	/** What the officer concludes when verifying rectification (复查结论). */
	public enum VerificationOutcome {

		/** 整改通过 — every hazard is rectified. */
		ACCEPTED,

		/**
		 * 退回整改 — the enterprise must report again; the application allows at most two
		 * rounds.
		 */
		SENT_BACK,

		/** 未整改 — the last round failed; the findings may go to the exemption workflow. */
		NOT_RECTIFIED

	}

}
