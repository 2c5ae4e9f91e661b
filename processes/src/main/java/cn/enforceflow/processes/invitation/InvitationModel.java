package cn.enforceflow.processes.invitation;

import cn.enforceflow.processes.DeadlineModel;

/**
 * 邀约式执法检查 — the element ids, messages, variable names and candidate groups of the
 * {@code invitation} process in {@value #RESOURCE}.
 * <p>
 * The business key of every instance is the request's tracking number. Every user task
 * has a deadline, see {@link Step}. Hazards are rectified and verified one by one, in a
 * multi-instance sub-process whose element variable {@value #VAR_HAZARD} is the finding's
 * id.
 */
public final class InvitationModel {

	public static final String PROCESS_KEY = "invitation";

	public static final String RESOURCE = "models/invitation.bpmn";

	// Events

	public static final String START_INVITATION_SUBMITTED = "StartEvent_InvitationSubmitted";

	public static final String END_DECLINED = "End_Declined";

	/** 企业撤回: the enterprise withdrew the invitation before it was accepted. */
	public static final String END_WITHDRAWN = "End_Withdrawn";

	/** 未约定: no visit date was agreed. */
	public static final String END_NOT_AGREED = "End_NotAgreed";

	public static final String END_CLOSED = "End_Closed";

	/** 未评价办结: the enterprise did not rate within the rating period. */
	public static final String END_CLOSED_UNRATED = "End_ClosedUnrated";

	public static final String START_HAZARD = "StartEvent_HazardToRectify";

	public static final String END_HAZARD_RECTIFIED = "End_HazardRectified";

	public static final String END_HAZARD_NOT_RECTIFIED = "End_HazardNotRectified";

	public static final String END_HAZARD_HANDED_OVER = "End_HazardHandedOver";

	/** The interrupting message event on acceptance: the enterprise withdraws. */
	public static final String EVENT_WITHDRAWN = "Event_InvitationWithdrawn";

	/** The interrupting message event on the inspection record: the visit was moved. */
	public static final String EVENT_VISIT_MOVED = "Event_VisitMoved";

	/** The interrupting timer on the optional rating. */
	public static final String TIMER_RATING_EXPIRED = "Timer_RatingExpired";

	// Messages

	/** Correlated by business key while the invitation awaits acceptance. */
	public static final String MESSAGE_WITHDRAWN = "invitationWithdrawn";

	/**
	 * Correlated by business key while the inspection awaits its record, with a new
	 * {@link #VAR_VISIT_DATE}: the record's deadline counts from the new day.
	 */
	public static final String MESSAGE_VISIT_MOVED = "visitMoved";

	// User tasks

	public static final String TASK_ACCEPT_INVITATION = "UserTask_AcceptInvitation";

	public static final String TASK_PROPOSE_VISIT_DATE = "UserTask_ProposeVisitDate";

	public static final String TASK_CONFIRM_VISIT_DATE = "UserTask_ConfirmVisitDate";

	public static final String TASK_ANSWER_COUNTER_PROPOSAL = "UserTask_AnswerCounterProposal";

	public static final String TASK_RECORD_INSPECTION = "UserTask_RecordInspection";

	public static final String TASK_REPORT_RECTIFICATION = "UserTask_ReportRectification";

	public static final String TASK_VERIFY_RECTIFICATION = "UserTask_VerifyRectification";

	public static final String TASK_RATE_SERVICE = "UserTask_RateService";

	// Sub-process and service tasks

	/** One instance per hazard, element variable {@link #VAR_HAZARD}. */
	public static final String SUBPROCESS_RECTIFY_HAZARDS = "SubProcess_RectifyHazards";

	/** Hands one hazard the officer chose to the exemption assessment. */
	public static final String TASK_HAND_OVER_FINDING = "ServiceTask_HandOverFinding";

	/** Closes the invitation as 未评价 when the rating period ends. */
	public static final String TASK_CLOSE_UNRATED = "ServiceTask_CloseUnrated";

	/** The delegate of {@link #TASK_HAND_OVER_FINDING}. */
	public static final String FINDING_HANDOVER_DELEGATE = "findingHandover";

	/** The delegate of {@link #TASK_CLOSE_UNRATED}. */
	public static final String CLOSE_UNRATED_DELEGATE = "invitationUnrated";

	/**
	 * The bean the model asks for the hazards of a case ({@code of(businessKey)}, the
	 * finding ids) and the deadline of one ({@code deadline(findingId)}, an ISO date).
	 */
	public static final String HAZARDS_BEAN = "invitationHazards";

	// Gateways

	public static final String GATEWAY_ACCEPTED = "Gateway_Accepted";

	public static final String GATEWAY_DATE_PROPOSED = "Gateway_DateProposed";

	public static final String GATEWAY_DATE_CONFIRMED = "Gateway_DateConfirmed";

	public static final String GATEWAY_COUNTER_PROPOSAL_ANSWERED = "Gateway_CounterProposalAnswered";

	public static final String GATEWAY_VISIT_AGREED = "Gateway_VisitAgreed";

	public static final String GATEWAY_HAZARDS_FOUND = "Gateway_HazardsFound";

	public static final String GATEWAY_RECTIFICATION_VERIFIED = "Gateway_RectificationVerified";

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
	 * String, an ISO date: the day of acceptance, from which scheduling as a whole is due
	 * in 5 working days.
	 */
	public static final String VAR_ACCEPTED_ON = "acceptedOn";

	/**
	 * String, a {@link Scheduling} name: what the last scheduling step decided, set by
	 * {@link #TASK_PROPOSE_VISIT_DATE}, {@link #TASK_CONFIRM_VISIT_DATE} and
	 * {@link #TASK_ANSWER_COUNTER_PROPOSAL}.
	 */
	public static final String VAR_SCHEDULING = "scheduling";

	/**
	 * String, the agreed day of the visit as an ISO date, set when the date is agreed and
	 * when the visit is moved; the inspection record is due 3 working days after it.
	 */
	public static final String VAR_VISIT_DATE = "visitDate";

	/** Boolean, set by {@link #TASK_RECORD_INSPECTION}. */
	public static final String VAR_HAZARDS_FOUND = "hazardsFound";

	/**
	 * String, the finding id a rectification instance is for: the element variable of
	 * {@link #SUBPROCESS_RECTIFY_HAZARDS}.
	 */
	public static final String VAR_HAZARD = "hazard";

	/**
	 * String, a {@link VerificationOutcome} name, set by
	 * {@link #TASK_VERIFY_RECTIFICATION}; local to the hazard's instance.
	 */
	public static final String VAR_VERIFICATION_OUTCOME = "verificationOutcome";

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

		/**
		 * 约定时间: the lead officer proposes a date; scheduling is due 5 WD after
		 * acceptance.
		 */
		DATE_PROPOSAL(TASK_PROPOSE_VISIT_DATE, "DateProposal", "invitation.schedule"),

		/** 约定时间: the enterprise confirms, counter-proposes once, or declines. */
		DATE_CONFIRMATION(TASK_CONFIRM_VISIT_DATE, "DateConfirmation", "invitation.schedule"),

		/** 约定时间: the lead officer takes the enterprise's date or proposes another. */
		COUNTER_PROPOSAL_ANSWER(TASK_ANSWER_COUNTER_PROPOSAL, "CounterProposalAnswer", "invitation.schedule"),

		/** 记录检查结果, 3 working days after the day of the visit. */
		INSPECTION_RECORD(TASK_RECORD_INSPECTION, "InspectionRecord", "invitation.record"),

		/**
		 * 整改, per hazard, by the deadline the officer set for it (15 working days after
		 * the visit by default).
		 */
		RECTIFICATION_REPORT(TASK_REPORT_RECTIFICATION, "RectificationReport", "invitation.rectify"),

		/** 复查, per hazard, 5 working days. */
		VERIFICATION(TASK_VERIFY_RECTIFICATION, "Verification", "invitation.verify"),

		/** 评价, 10 working days, optional: no breach, the case closes as 未评价. */
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

	/** What a scheduling step decided ({@link #VAR_SCHEDULING}). */
	public enum Scheduling {

		/** The lead officer proposed a date (first, or after a counter-proposal). */
		PROPOSED,

		/** The enterprise confirmed the proposed date. */
		CONFIRMED,

		/** The enterprise offered another date (once). */
		COUNTER_PROPOSED,

		/** The enterprise declined the date after its counter-proposal: 未约定. */
		DECLINED,

		/** The lead officer took the enterprise's date. */
		ADOPTED,

		/** The lead officer found no date can be agreed, with a reason: 未约定. */
		NOT_AGREED

	}

	/** What the officer concludes on one hazard when verifying it (复查结论). */
	public enum VerificationOutcome {

		/** 整改到位. */
		ACCEPTED,

		/** 退回整改 — the enterprise must report again; at most two rounds per hazard. */
		SENT_BACK,

		/** 未整改 — the last round failed, and the officer hands nothing over. */
		NOT_RECTIFIED,

		/**
		 * 未整改, handed over by the officer's choice to the first-violation exemption
		 * assessment (a 重大隐患 left unrectified, or a real violation the officer names).
		 */
		HANDED_OVER

	}

}
