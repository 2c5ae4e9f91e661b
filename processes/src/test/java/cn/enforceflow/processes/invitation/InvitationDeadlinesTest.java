package cn.enforceflow.processes.invitation;

import static cn.enforceflow.processes.DeadlineMocks.REMINDER_LEAD;
import static cn.enforceflow.processes.DeadlineMocks.endOf;
import static cn.enforceflow.processes.invitation.InvitationModel.END_CLOSED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_CLOSED_UNRATED;
import static cn.enforceflow.processes.invitation.InvitationModel.MESSAGE_VISIT_MOVED;
import static cn.enforceflow.processes.invitation.InvitationModel.MESSAGE_WITHDRAWN;
import static cn.enforceflow.processes.invitation.InvitationModel.PROCESS_KEY;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_CLOSE_UNRATED;
import static cn.enforceflow.processes.invitation.InvitationModel.TIMER_RATING_EXPIRED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ACCEPTED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ACCEPTED_ON;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_DEPARTMENT_CODE;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ENTERPRISE_GROUP;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_HAZARD;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_HAZARDS_FOUND;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_LEAD_OFFICER;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_SCHEDULING;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_SECOND_OFFICER;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_VERIFICATION_OUTCOME;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_VISIT_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.enforceflow.processes.DeadlineMocks;
import cn.enforceflow.processes.DeadlineMocks.RecordingDelegate;
import cn.enforceflow.processes.invitation.InvitationModel.Scheduling;
import cn.enforceflow.processes.invitation.InvitationModel.Step;
import cn.enforceflow.processes.invitation.InvitationModel.VerificationOutcome;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every user task of the 邀约式执法检查 process is due by its deadline policy — counted from the
 * task, from a day of the case (acceptance, the visit) or on a day the officer set (each
 * hazard's rectification deadline) — and carries a non-interrupting reminder and a
 * non-interrupting overdue timer at the same instant as its due date; the optional rating
 * carries an interrupting expiry instead. The timers fire (executed explicitly), call
 * their delegate in the right scope, and a late task stays open.
 */
@Deployment(resources = InvitationModel.RESOURCE)
class InvitationDeadlinesTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	/**
	 * Monday 2 March 2026, 10:00 in Beijing: the engine's clock stands still unless a
	 * test moves it, so due dates can be compared.
	 */
	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final String TRACKING_NUMBER = "YY-2026-000123";

	private static final String ACCEPTED_ON = "2026-03-02";

	private static final String VISIT_DATE = "2026-03-05";

	private static final String MOVED_VISIT_DATE = "2026-03-12";

	private static final String FIRE_EXIT = "finding-101";

	private static final String DRUM_LABELS = "finding-102";

	/** The rectification deadline the officer set for each hazard. */
	private static final Map<String, String> RECTIFY_BY = Map.of(FIRE_EXIT, "2026-03-20", DRUM_LABELS, "2026-03-27");

	private final RecordingDelegate unrated = new RecordingDelegate();

	private DeadlineMocks deadlines;

	private FakeInvitationHazards hazards;

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.deadlines = DeadlineMocks.register();
		this.hazards = FakeInvitationHazards.register();
		Mocks.register(InvitationModel.FINDING_HANDOVER_DELEGATE, new RecordingDelegate());
		Mocks.register(InvitationModel.CLOSE_UNRATED_DELEGATE, this.unrated);
	}

	@AfterEach
	void releaseEngine() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void everyUserTaskHasADeadlineStep() {
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.singleResult()
			.getId();

		assertThat(engine.getRepositoryService()
			.getBpmnModelInstance(definitionId)
			.getModelElementsByType(UserTask.class)
			.stream()
			.map(UserTask::getId))
			.containsExactlyInAnyOrderElementsOf(List.of(Step.values()).stream().map(Step::task).toList());
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void taskIsDueByItsPolicyAndItsTimersAgree(Step step) {
		ProcessInstance invitation = reach(step);

		Task task = task(invitation, step);
		Date due = Date.from(expectedDue(step));
		assertThat(task.getDueDate()).isEqualTo(due);
		assertThat(timer(invitation, deadlineTimer(step)).getDuedate()).isEqualTo(due);
		assertThat(timer(invitation, step.reminderTimer()).getDuedate())
			.isEqualTo(Date.from(due.toInstant().minus(REMINDER_LEAD)));
		assertThat(timers(invitation)).containsExactlyInAnyOrder(step.reminderTimer(), deadlineTimer(step));
	}

	/**
	 * Scheduling as a whole is due five days after acceptance: each scheduling task,
	 * created on a later day, keeps the one deadline.
	 */
	@Test
	void schedulingTasksShareOneDeadlineCountedFromAcceptance() {
		ProcessInstance invitation = reach(Step.DATE_PROPOSAL);
		Date due = Date.from(endOf(LocalDate.parse(ACCEPTED_ON).plusDays(5)));
		assertDueWithTimers(invitation, Step.DATE_PROPOSAL, due);

		later(Duration.ofDays(1));
		complete(invitation, Step.DATE_PROPOSAL, Map.of(VAR_SCHEDULING, Scheduling.PROPOSED.name()));
		assertDueWithTimers(invitation, Step.DATE_CONFIRMATION, due);

		later(Duration.ofDays(1));
		complete(invitation, Step.DATE_CONFIRMATION, Map.of(VAR_SCHEDULING, Scheduling.COUNTER_PROPOSED.name()));
		assertDueWithTimers(invitation, Step.COUNTER_PROPOSAL_ANSWER, due);

		later(Duration.ofDays(1));
		complete(invitation, Step.COUNTER_PROPOSAL_ANSWER, Map.of(VAR_SCHEDULING, Scheduling.PROPOSED.name()));
		assertDueWithTimers(invitation, Step.DATE_CONFIRMATION, due);
	}

	/**
	 * The record is due three days after the visit; when the visit is moved, the fresh
	 * record and its timers count from the new day and the old timers are gone.
	 */
	@Test
	void recordIsDueAfterTheVisitAndAfterTheMovedVisit() {
		ProcessInstance invitation = reach(Step.INSPECTION_RECORD);
		assertDueWithTimers(invitation, Step.INSPECTION_RECORD,
				Date.from(endOf(LocalDate.parse(VISIT_DATE).plusDays(3))));
		List<String> firstTimers = timerJobs(invitation).stream().map(Job::getId).toList();

		later(Duration.ofDays(1));
		runtimeService().createMessageCorrelation(MESSAGE_VISIT_MOVED)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.setVariable(VAR_VISIT_DATE, MOVED_VISIT_DATE)
			.correlate();

		assertDueWithTimers(invitation, Step.INSPECTION_RECORD,
				Date.from(endOf(LocalDate.parse(MOVED_VISIT_DATE).plusDays(3))));
		assertThat(timerJobs(invitation)).hasSize(2).extracting(Job::getId).doesNotContainAnyElementsOf(firstTimers);
	}

	@Test
	void eachHazardsReportIsDueOnItsOwnDeadline() {
		ProcessInstance invitation = reach(Step.RECTIFICATION_REPORT, FIRE_EXIT, DRUM_LABELS);

		for (String hazard : List.of(FIRE_EXIT, DRUM_LABELS)) {
			Date due = Date.from(endOf(LocalDate.parse(RECTIFY_BY.get(hazard))));
			Task report = hazardTask(invitation, Step.RECTIFICATION_REPORT, hazard);
			assertThat(report.getDueDate()).as("report of %s", hazard).isEqualTo(due);
			assertThat(hazardTimer(invitation, Step.RECTIFICATION_REPORT.overdueTimer(), hazard).getDuedate())
				.as("overdue timer of %s", hazard)
				.isEqualTo(due);
			assertThat(hazardTimer(invitation, Step.RECTIFICATION_REPORT.reminderTimer(), hazard).getDuedate())
				.as("reminder timer of %s", hazard)
				.isEqualTo(Date.from(due.toInstant().minus(REMINDER_LEAD)));
		}
		assertThat(timers(invitation)).hasSize(4);
	}

	/**
	 * With two hazards due on different days, the first hazard's overdue timer records
	 * one breach, in that hazard's instance; the other hazard's timers wait on.
	 */
	@Test
	void aHazardsOverdueTimerRecordsTheBreachOfThatHazardOnly() {
		ProcessInstance invitation = reach(Step.RECTIFICATION_REPORT, FIRE_EXIT, DRUM_LABELS);
		Task report = hazardTask(invitation, Step.RECTIFICATION_REPORT, FIRE_EXIT);
		Job overdue = hazardTimer(invitation, Step.RECTIFICATION_REPORT.overdueTimer(), FIRE_EXIT);
		ClockUtil.setCurrentTime(overdue.getDuedate());

		managementService().executeJob(overdue.getId());

		assertThat(this.deadlines.breaches.calls()).singleElement().satisfies((call) -> {
			assertThat(call.activity()).isEqualTo(Step.RECTIFICATION_REPORT.breachTask());
			assertThat(call.businessKey()).isEqualTo(TRACKING_NUMBER);
			assertThat(call.variable(VAR_HAZARD)).isEqualTo(FIRE_EXIT);
			assertThat(call.scope()).as("the breach runs in the scope of the report it watches")
				.isEqualTo(scopeOf(report));
		});
		assertThat(scopeOf(hazardTask(invitation, Step.RECTIFICATION_REPORT, DRUM_LABELS)))
			.isNotEqualTo(scopeOf(report));
		assertThat(this.deadlines.reminders.calls()).isEmpty();
		assertThat(hazardTask(invitation, Step.RECTIFICATION_REPORT, FIRE_EXIT).getId()).isEqualTo(report.getId());
		assertThat(hazardTimers(invitation, FIRE_EXIT)).containsExactly(Step.RECTIFICATION_REPORT.reminderTimer());
		assertThat(hazardTimers(invitation, DRUM_LABELS)).containsExactlyInAnyOrder(
				Step.RECTIFICATION_REPORT.reminderTimer(), Step.RECTIFICATION_REPORT.overdueTimer());
		BpmnAwareTests.assertThat(invitation)
			.hasPassed(Step.RECTIFICATION_REPORT.breachTask(), Step.RECTIFICATION_REPORT.breachRecordedEnd());
	}

	@Test
	void aHazardsReminderRemindsOfThatHazardOnly() {
		ProcessInstance invitation = reach(Step.RECTIFICATION_REPORT, FIRE_EXIT, DRUM_LABELS);

		managementService()
			.executeJob(hazardTimer(invitation, Step.RECTIFICATION_REPORT.reminderTimer(), DRUM_LABELS).getId());

		assertThat(this.deadlines.reminders.calls()).singleElement().satisfies((call) -> {
			assertThat(call.activity()).isEqualTo(Step.RECTIFICATION_REPORT.reminderTask());
			assertThat(call.variable(VAR_HAZARD)).isEqualTo(DRUM_LABELS);
		});
		assertThat(this.deadlines.breaches.calls()).isEmpty();
		assertThat(hazardTimers(invitation, DRUM_LABELS)).containsExactly(Step.RECTIFICATION_REPORT.overdueTimer());
		assertThat(hazardTimers(invitation, FIRE_EXIT)).containsExactlyInAnyOrder(
				Step.RECTIFICATION_REPORT.reminderTimer(), Step.RECTIFICATION_REPORT.overdueTimer());
	}

	/**
	 * The officer sends a report back with a new deadline: the next report of that hazard
	 * is due on the new day, read when the task is created.
	 */
	@Test
	void reportSentBackIsDueOnTheHazardsDeadlineAtThatTime() {
		ProcessInstance invitation = reach(Step.VERIFICATION);
		later(Duration.ofDays(2));
		this.hazards.moveDeadline(FIRE_EXIT, "2026-04-10");

		complete(invitation, Step.VERIFICATION, Map.of(VAR_VERIFICATION_OUTCOME, VerificationOutcome.SENT_BACK.name()));

		assertDueWithTimers(invitation, Step.RECTIFICATION_REPORT, Date.from(endOf(LocalDate.parse("2026-04-10"))));
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void reminderTimerCallsTheReminderDelegateAndLeavesTheTaskOpen(Step step) {
		ProcessInstance invitation = reach(step);
		Task task = task(invitation, step);

		managementService().executeJob(timer(invitation, step.reminderTimer()).getId());

		assertThat(this.deadlines.reminders.activities()).containsExactly(step.reminderTask());
		assertThat(this.deadlines.reminders.calls().get(0).businessKey()).isEqualTo(TRACKING_NUMBER);
		assertThat(this.deadlines.breaches.activities()).isEmpty();
		assertWaitingAtTaskOnly(invitation, step);
		BpmnAwareTests.assertThat(invitation)
			.hasPassed(step.reminderTimer(), step.reminderTask(), step.remindedEnd())
			.hasNotPassed(deadlineTimer(step), step.breachTask());
		assertThat(task(invitation, step).getId()).isEqualTo(task.getId());
		assertThat(timers(invitation)).containsExactly(deadlineTimer(step));
	}

	@ParameterizedTest
	@EnumSource(value = Step.class, names = "RATING", mode = EnumSource.Mode.EXCLUDE)
	void overdueTimerCallsTheBreachDelegateAndLeavesTheTaskOpen(Step step) {
		ProcessInstance invitation = reach(step);
		Task task = task(invitation, step);

		managementService().executeJob(timer(invitation, step.reminderTimer()).getId());
		managementService().executeJob(timer(invitation, step.overdueTimer()).getId());

		assertThat(this.deadlines.reminders.activities()).containsExactly(step.reminderTask());
		assertThat(this.deadlines.breaches.activities()).containsExactly(step.breachTask());
		assertWaitingAtTaskOnly(invitation, step);
		BpmnAwareTests.assertThat(invitation)
			.hasPassed(step.overdueTimer(), step.breachTask(), step.breachRecordedEnd());
		assertThat(task(invitation, step).getId()).isEqualTo(task.getId());
		assertThat(timers(invitation)).isEmpty();
	}

	/**
	 * The rating is optional: at its due date the interrupting expiry closes the case as
	 * 未评价; it is not a breach.
	 */
	@Test
	void ratingExpiresAtItsDueDateAndClosesUnratedWithoutABreach() {
		ProcessInstance invitation = reach(Step.RATING);
		Job expiry = timer(invitation, TIMER_RATING_EXPIRED);
		assertThat(expiry.getDuedate()).isEqualTo(task(invitation, Step.RATING).getDueDate())
			.isEqualTo(Date.from(NOW.plus(Duration.ofDays(this.deadlines.policies.days(Step.RATING.policy())))));
		ClockUtil.setCurrentTime(expiry.getDuedate());

		managementService().executeJob(expiry.getId());

		BpmnAwareTests.assertThat(invitation)
			.isEnded()
			.hasPassed(TIMER_RATING_EXPIRED, TASK_CLOSE_UNRATED, END_CLOSED_UNRATED)
			.hasNotPassed(END_CLOSED);
		assertThat(this.unrated.activities()).containsExactly(TASK_CLOSE_UNRATED);
		assertThat(this.deadlines.breaches.calls()).isEmpty();
		assertThat(this.deadlines.reminders.calls()).isEmpty();
		assertThat(managementService().createJobQuery().processInstanceId(invitation.getId()).count()).isZero();
	}

	@Test
	void completingATaskCancelsItsTimersAndTheNextTaskStartsItsOwn() {
		ProcessInstance invitation = reach(Step.ACCEPTANCE);
		assertThat(timers(invitation)).containsExactlyInAnyOrder(Step.ACCEPTANCE.reminderTimer(),
				Step.ACCEPTANCE.overdueTimer());

		completeTowards(invitation, Step.ACCEPTANCE, Step.DATE_PROPOSAL);

		assertThat(timers(invitation)).containsExactlyInAnyOrder(Step.DATE_PROPOSAL.reminderTimer(),
				Step.DATE_PROPOSAL.overdueTimer());
		assertThat(this.deadlines.reminders.activities()).isEmpty();
		assertThat(this.deadlines.breaches.activities()).isEmpty();
	}

	@Test
	void declinedInvitationLeavesNoTimerBehind() {
		ProcessInstance invitation = reach(Step.ACCEPTANCE);

		complete(invitation, Step.ACCEPTANCE, Map.of(VAR_ACCEPTED, false));

		BpmnAwareTests.assertThat(invitation).isEnded();
		assertThat(managementService().createJobQuery().processInstanceId(invitation.getId()).count()).isZero();
	}

	@Test
	void withdrawnInvitationLeavesNoTimerBehind() {
		ProcessInstance invitation = reach(Step.ACCEPTANCE);

		runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.correlate();

		BpmnAwareTests.assertThat(invitation).isEnded();
		assertThat(managementService().createJobQuery().processInstanceId(invitation.getId()).count()).isZero();
		assertThat(this.deadlines.reminders.calls()).isEmpty();
		assertThat(this.deadlines.breaches.calls()).isEmpty();
	}

	/** When each step is due, the engine's clock standing at {@link #NOW}. */
	private Instant expectedDue(Step step) {
		return switch (step) {
			case ACCEPTANCE, VERIFICATION, RATING ->
				NOW.plus(Duration.ofDays(this.deadlines.policies.days(step.policy())));
			case DATE_PROPOSAL, DATE_CONFIRMATION, COUNTER_PROPOSAL_ANSWER ->
				endOf(LocalDate.parse(ACCEPTED_ON).plusDays(5));
			case INSPECTION_RECORD -> endOf(LocalDate.parse(VISIT_DATE).plusDays(3));
			case RECTIFICATION_REPORT -> endOf(LocalDate.parse(RECTIFY_BY.get(FIRE_EXIT)));
		};
	}

	/** The timer at the due date: the overdue timer, or the optional rating's expiry. */
	private static String deadlineTimer(Step step) {
		return (step == Step.RATING) ? TIMER_RATING_EXPIRED : step.overdueTimer();
	}

	private void assertDueWithTimers(ProcessInstance invitation, Step step, Date due) {
		assertThat(task(invitation, step).getDueDate()).as("due date of %s", step).isEqualTo(due);
		assertThat(timer(invitation, deadlineTimer(step)).getDuedate()).as("overdue timer of %s", step).isEqualTo(due);
		assertThat(timer(invitation, step.reminderTimer()).getDuedate()).as("reminder timer of %s", step)
			.isEqualTo(Date.from(due.toInstant().minus(REMINDER_LEAD)));
	}

	/** The step's task is the only open task and the only activity besides its scopes. */
	private void assertWaitingAtTaskOnly(ProcessInstance invitation, Step step) {
		BpmnAwareTests.assertThat(invitation).isWaitingAt(step.task());
		assertThat(taskService().createTaskQuery().processInstanceId(invitation.getId()).list())
			.extracting(Task::getTaskDefinitionKey)
			.containsExactly(step.task());
		assertThat(runtimeService().getActiveActivityIds(invitation.getId())).containsExactly(step.task());
	}

	/** Starts an invitation and completes the tasks before {@code step}; one hazard. */
	private ProcessInstance reach(Step step) {
		return reach(step, FIRE_EXIT);
	}

	/**
	 * Starts an invitation with these hazards and completes the tasks before
	 * {@code step}.
	 */
	private ProcessInstance reach(Step step, String... hazards) {
		for (String hazard : hazards) {
			this.hazards.found(TRACKING_NUMBER, hazard, RECTIFY_BY.get(hazard));
		}
		ProcessInstance invitation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_NUMBER,
				Map.of(VAR_DEPARTMENT_CODE, "YJJ", VAR_ENTERPRISE_GROUP,
						InvitationModel.enterpriseGroup("91320804746832153E")));
		Step current = Step.ACCEPTANCE;
		while (current != step) {
			current = completeTowards(invitation, current, step);
		}
		BpmnAwareTests.assertThat(invitation).isWaitingAt(step.task());
		return invitation;
	}

	private Step completeTowards(ProcessInstance invitation, Step current, Step target) {
		return switch (current) {
			case ACCEPTANCE -> {
				complete(invitation, current, Map.of(VAR_ACCEPTED, true, VAR_LEAD_OFFICER, "officer.zhang",
						VAR_SECOND_OFFICER, "officer.li", VAR_ACCEPTED_ON, ACCEPTED_ON));
				yield Step.DATE_PROPOSAL;
			}
			case DATE_PROPOSAL -> {
				complete(invitation, current, Map.of(VAR_SCHEDULING, Scheduling.PROPOSED.name()));
				yield Step.DATE_CONFIRMATION;
			}
			case DATE_CONFIRMATION -> {
				if (target == Step.COUNTER_PROPOSAL_ANSWER) {
					complete(invitation, current, Map.of(VAR_SCHEDULING, Scheduling.COUNTER_PROPOSED.name()));
					yield Step.COUNTER_PROPOSAL_ANSWER;
				}
				complete(invitation, current,
						Map.of(VAR_SCHEDULING, Scheduling.CONFIRMED.name(), VAR_VISIT_DATE, VISIT_DATE));
				yield Step.INSPECTION_RECORD;
			}
			case COUNTER_PROPOSAL_ANSWER -> throw new IllegalStateException("no step is reached through it");
			case INSPECTION_RECORD -> {
				boolean hazards = target != Step.RATING;
				complete(invitation, current, Map.of(VAR_HAZARDS_FOUND, hazards));
				yield hazards ? Step.RECTIFICATION_REPORT : Step.RATING;
			}
			case RECTIFICATION_REPORT -> {
				complete(invitation, current, Map.of());
				yield Step.VERIFICATION;
			}
			case VERIFICATION -> {
				complete(invitation, current, Map.of(VAR_VERIFICATION_OUTCOME, VerificationOutcome.ACCEPTED.name()));
				yield Step.RATING;
			}
			case RATING -> throw new IllegalStateException("nothing follows the rating");
		};
	}

	private void complete(ProcessInstance invitation, Step step, Map<String, Object> variables) {
		taskService().complete(task(invitation, step).getId(), variables);
	}

	private void later(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
	}

	private Task task(ProcessInstance invitation, Step step) {
		Task task = taskService().createTaskQuery()
			.processInstanceId(invitation.getId())
			.taskDefinitionKey(step.task())
			.singleResult();
		assertThat(task).as("task of %s", step).isNotNull();
		return task;
	}

	private Task hazardTask(ProcessInstance invitation, Step step, String hazard) {
		return taskService().createTaskQuery()
			.processInstanceId(invitation.getId())
			.taskDefinitionKey(step.task())
			.list()
			.stream()
			.filter((task) -> hazard.equals(taskService().getVariable(task.getId(), VAR_HAZARD)))
			.reduce((one, other) -> {
				throw new IllegalStateException("two tasks " + step.task() + " for " + hazard);
			})
			.orElseThrow();
	}

	/**
	 * The activity instance that holds a task: a hazard's instance of the sub-process, or
	 * the process instance (the deadline delegates find the task they watch by it).
	 */
	private static String scopeOf(Task task) {
		String taskInstance = engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.taskId(task.getId())
			.singleResult()
			.getActivityInstanceId();
		return engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.activityInstanceId(taskInstance)
			.singleResult()
			.getParentActivityInstanceId();
	}

	private Job timer(ProcessInstance invitation, String timerId) {
		Job job = managementService().createJobQuery()
			.processInstanceId(invitation.getId())
			.timers()
			.activityId(timerId)
			.singleResult();
		assertThat(job).as("timer %s", timerId).isNotNull();
		return job;
	}

	/** A timer of a hazard's instance: the execution it runs in sees the hazard. */
	private Job hazardTimer(ProcessInstance invitation, String timerId, String hazard) {
		List<Job> jobs = managementService().createJobQuery()
			.processInstanceId(invitation.getId())
			.timers()
			.activityId(timerId)
			.list()
			.stream()
			.filter((job) -> hazard.equals(runtimeService().getVariable(job.getExecutionId(), VAR_HAZARD)))
			.toList();
		assertThat(jobs).as("timer %s of %s", timerId, hazard).hasSize(1);
		return jobs.get(0);
	}

	/** The activity ids of a hazard's pending timers. */
	private List<String> hazardTimers(ProcessInstance invitation, String hazard) {
		return timerJobs(invitation).stream()
			.filter((job) -> hazard.equals(runtimeService().getVariable(job.getExecutionId(), VAR_HAZARD)))
			.map(this::activityOf)
			.toList();
	}

	private List<Job> timerJobs(ProcessInstance invitation) {
		return managementService().createJobQuery().processInstanceId(invitation.getId()).timers().list();
	}

	/** The activity ids of the instance's pending timers. */
	private List<String> timers(ProcessInstance invitation) {
		return timerJobs(invitation).stream().map(this::activityOf).toList();
	}

	private String activityOf(Job job) {
		return managementService().createJobDefinitionQuery()
			.jobDefinitionId(job.getJobDefinitionId())
			.singleResult()
			.getActivityId();
	}

	private static RuntimeService runtimeService() {
		return engine.getRuntimeService();
	}

	private static TaskService taskService() {
		return engine.getTaskService();
	}

	private static ManagementService managementService() {
		return engine.getManagementService();
	}

}
