package cn.enforceflow.processes.exemption;

import static cn.enforceflow.processes.DeadlineMocks.REMINDER_LEAD;
import static cn.enforceflow.processes.DeadlineMocks.endOf;
import static cn.enforceflow.processes.exemption.ExemptionModel.CORRECTION_OVERDUE_DELEGATE;
import static cn.enforceflow.processes.exemption.ExemptionModel.HEAD_APPROVED;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_CORRECTION_NEEDED;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_ELIGIBLE;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_INELIGIBLE;
import static cn.enforceflow.processes.exemption.ExemptionModel.PROCESS_KEY;
import static cn.enforceflow.processes.exemption.ExemptionModel.SERVICE_ELECTRONIC;
import static cn.enforceflow.processes.exemption.ExemptionModel.TIMER_CORRECTION_DEADLINE_PASSED;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_APPROVED_ON;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_CORRECTION_DEADLINE;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_DEPARTMENT_CODE;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_ENTERPRISE_GROUP;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_HEAD_DECISION;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_LEGAL_APPROVED;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_OFFICER;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_OUTCOME;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_SECOND_OFFICER;
import static cn.enforceflow.processes.exemption.ExemptionModel.VAR_SERVICE_METHOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.enforceflow.processes.DeadlineMocks;
import cn.enforceflow.processes.DeadlineMocks.RecordingDelegate;
import cn.enforceflow.processes.exemption.ExemptionModel.Step;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every user task of the 首违不罚 process is due by its deadline policy, with a reminder
 * timer before it and a non-interrupting overdue timer at the same instant; the
 * enterprise's correction report carries the interrupting end of its wait instead. The
 * timers fire (executed explicitly), call their delegate, and a late task stays open.
 */
@Deployment(resources = ExemptionModel.RESOURCE)
class ExemptionDeadlinesTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	/**
	 * Monday 2 March 2026, 10:00 in Beijing: the engine's clock stands still unless a
	 * test moves it, so due dates can be compared.
	 */
	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final String CASE_NUMBER = "YJJ-BF-2026-000012";

	private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

	/** The correction deadline the officer set: the end of Monday 16 March. */
	private static final Date CORRECT_BY = Date.from(endOf(LocalDate.parse("2026-03-16")));

	private final RecordingDelegate overdue = new RecordingDelegate();

	private DeadlineMocks deadlines;

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.deadlines = DeadlineMocks.register();
		Mocks.register(CORRECTION_OVERDUE_DELEGATE, (JavaDelegate) (DelegateExecution execution) -> {
			this.overdue.execute(execution);
			execution.setVariable(VAR_OUTCOME, OUTCOME_INELIGIBLE);
		});
	}

	@AfterEach
	void releaseEngine() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void everyUserTaskHasADeadlineStep() {
		assertThat(deployedModel().getModelElementsByType(UserTask.class).stream().map(UserTask::getId))
			.containsExactlyInAnyOrderElementsOf(List.of(Step.values()).stream().map(Step::task).toList());
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void taskIsDueByItsPolicyAndItsTimersAgree(Step step) {
		ProcessInstance exemption = reach(step);

		Date due = Date.from(expectedDue(step));
		assertThat(task(exemption, step).getDueDate()).isEqualTo(due);
		assertThat(timer(exemption, deadlineTimer(step)).getDuedate()).isEqualTo(due);
		assertThat(timer(exemption, step.reminderTimer()).getDuedate())
			.isEqualTo(Date.from(due.toInstant().minus(REMINDER_LEAD)));
		assertThat(timersOn(exemption, step)).containsExactlyInAnyOrder(step.reminderTimer(), deadlineTimer(step));
	}

	/** Service, receipt and publication all count from the day of the approval. */
	@Test
	void serviceReceiptAndPublicationCountFromTheApprovalNotFromTheirTask() {
		ProcessInstance exemption = reach(Step.SERVICE);
		ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(2))));

		complete(exemption, Step.SERVICE, Map.of(VAR_SERVICE_METHOD, SERVICE_ELECTRONIC));

		Date due = Date.from(endOf(TODAY.plusDays(this.deadlines.policies.days(Step.RECEIPT.policy()))));
		assertThat(task(exemption, Step.RECEIPT).getDueDate()).isEqualTo(due);
		assertThat(timer(exemption, Step.RECEIPT.overdueTimer()).getDuedate()).isEqualTo(due);
		assertThat(task(exemption, Step.PUBLICATION).getDueDate())
			.isEqualTo(Date.from(endOf(TODAY.plusDays(this.deadlines.policies.days(Step.PUBLICATION.policy())))));
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void reminderTimerCallsTheReminderDelegateAndLeavesTheTaskOpen(Step step) {
		ProcessInstance exemption = reach(step);
		Task task = task(exemption, step);

		managementService().executeJob(timer(exemption, step.reminderTimer()).getId());

		assertThat(this.deadlines.reminders.activities()).containsExactly(step.reminderTask());
		assertThat(this.deadlines.reminders.calls().get(0).businessKey()).isEqualTo(CASE_NUMBER);
		assertThat(this.deadlines.breaches.activities()).isEmpty();
		BpmnAwareTests.assertThat(exemption)
			.hasPassed(step.reminderTimer(), step.reminderTask(), step.remindedEnd())
			.hasNotPassed(deadlineTimer(step));
		assertThat(task(exemption, step).getId()).isEqualTo(task.getId());
		assertThat(timersOn(exemption, step)).containsExactly(deadlineTimer(step));
	}

	@ParameterizedTest
	@EnumSource(value = Step.class, names = "CORRECTION_REPORT", mode = EnumSource.Mode.EXCLUDE)
	void overdueTimerCallsTheBreachDelegateAndLeavesTheTaskOpen(Step step) {
		ProcessInstance exemption = reach(step);
		Task task = task(exemption, step);

		managementService().executeJob(timer(exemption, step.reminderTimer()).getId());
		managementService().executeJob(timer(exemption, step.overdueTimer()).getId());

		assertThat(this.deadlines.reminders.activities()).containsExactly(step.reminderTask());
		assertThat(this.deadlines.breaches.activities()).containsExactly(step.breachTask());
		assertThat(this.deadlines.breaches.calls().get(0).businessKey()).isEqualTo(CASE_NUMBER);
		BpmnAwareTests.assertThat(exemption)
			.hasPassed(step.overdueTimer(), step.breachTask(), step.breachRecordedEnd());
		assertThat(task(exemption, step).getId()).isEqualTo(task.getId());
		assertThat(timersOn(exemption, step)).isEmpty();
		assertThat(this.overdue.calls()).isEmpty();
	}

	/**
	 * The correction deadline ends the enterprise's wait and the case is assessed again;
	 * no breach is recorded and no timer is left behind.
	 */
	@Test
	void correctionDeadlineEndsTheWaitWithoutABreach() {
		ProcessInstance exemption = reach(Step.CORRECTION_REPORT);
		Job deadline = timer(exemption, TIMER_CORRECTION_DEADLINE_PASSED);
		ClockUtil.setCurrentTime(deadline.getDuedate());

		managementService().executeJob(deadline.getId());

		BpmnAwareTests.assertThat(exemption).isEnded();
		assertThat(this.overdue.activities()).containsExactly(ExemptionModel.TASK_CORRECTION_OVERDUE);
		assertThat(this.deadlines.breaches.calls()).isEmpty();
		assertThat(managementService().createJobQuery().processInstanceId(exemption.getId()).count()).isZero();
	}

	@Test
	void completingATaskCancelsItsTimersAndTheNextTaskStartsItsOwn() {
		ProcessInstance exemption = reach(Step.PROPOSAL);

		complete(exemption, Step.PROPOSAL, Map.of());

		assertThat(timersOn(exemption, Step.PROPOSAL)).isEmpty();
		assertThat(timersOn(exemption, Step.LEGAL_REVIEW)).containsExactlyInAnyOrder(Step.LEGAL_REVIEW.reminderTimer(),
				Step.LEGAL_REVIEW.overdueTimer());
		assertThat(timerJobs(exemption)).hasSize(2);
	}

	/** When each step is due, the engine's clock standing at {@link #NOW}. */
	private Instant expectedDue(Step step) {
		return switch (step) {
			case CORRECTION_ORDER, CORRECTION_CHECK, PROPOSAL, LEGAL_REVIEW, APPROVAL ->
				NOW.plus(Duration.ofDays(this.deadlines.policies.days(step.policy())));
			case CORRECTION_REPORT -> CORRECT_BY.toInstant();
			case SERVICE, RECEIPT, PUBLICATION -> endOf(TODAY.plusDays(this.deadlines.policies.days(step.policy())));
		};
	}

	/**
	 * The timer at the due date: the overdue timer, or the end of the correction's wait.
	 */
	private static String deadlineTimer(Step step) {
		return (step == Step.CORRECTION_REPORT) ? TIMER_CORRECTION_DEADLINE_PASSED : step.overdueTimer();
	}

	/** Registers a case and completes the tasks before {@code step}. */
	private ProcessInstance reach(Step step) {
		boolean correction = List.of(Step.CORRECTION_ORDER, Step.CORRECTION_REPORT, Step.CORRECTION_CHECK)
			.contains(step);
		ProcessInstance exemption = runtimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER,
				Map.of(VAR_DEPARTMENT_CODE, "YJJ", VAR_OFFICER, "officer.zhang", VAR_SECOND_OFFICER, "officer.li",
						VAR_ENTERPRISE_GROUP, ExemptionModel.enterpriseGroup("91320804746832153E"), VAR_OUTCOME,
						correction ? OUTCOME_CORRECTION_NEEDED : OUTCOME_ELIGIBLE));
		List<Step> path = correction ? List.of(Step.CORRECTION_ORDER, Step.CORRECTION_REPORT, Step.CORRECTION_CHECK)
				: List.of(Step.PROPOSAL, Step.LEGAL_REVIEW, Step.APPROVAL, Step.SERVICE);
		for (Step done : path) {
			if (done == step || (done == Step.SERVICE && step == Step.PUBLICATION)) {
				break;
			}
			complete(exemption, done, completion(done));
		}
		BpmnAwareTests.assertThat(exemption).isWaitingAt(step.task());
		return exemption;
	}

	private static Map<String, Object> completion(Step step) {
		return switch (step) {
			case CORRECTION_ORDER -> Map.of(VAR_CORRECTION_DEADLINE, CORRECT_BY);
			case LEGAL_REVIEW -> Map.of(VAR_LEGAL_APPROVED, true);
			case APPROVAL -> Map.of(VAR_HEAD_DECISION, HEAD_APPROVED, VAR_APPROVED_ON, Date.from(NOW));
			case SERVICE -> Map.of(VAR_SERVICE_METHOD, SERVICE_ELECTRONIC);
			default -> Map.of();
		};
	}

	private void complete(ProcessInstance exemption, Step step, Map<String, Object> variables) {
		engine.getTaskService().complete(task(exemption, step).getId(), variables);
	}

	private Task task(ProcessInstance exemption, Step step) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(exemption.getId())
			.taskDefinitionKey(step.task())
			.singleResult();
		assertThat(task).as("task of %s", step).isNotNull();
		return task;
	}

	private Job timer(ProcessInstance exemption, String timerId) {
		Job job = managementService().createJobQuery()
			.processInstanceId(exemption.getId())
			.timers()
			.activityId(timerId)
			.singleResult();
		assertThat(job).as("timer %s", timerId).isNotNull();
		return job;
	}

	private List<Job> timerJobs(ProcessInstance exemption) {
		return managementService().createJobQuery().processInstanceId(exemption.getId()).timers().list();
	}

	/**
	 * The pending timers on the step's task (service and publication run in parallel,
	 * each with its own).
	 */
	private List<String> timersOn(ProcessInstance exemption, Step step) {
		BpmnModelInstance model = deployedModel();
		return timerJobs(exemption).stream()
			.map((job) -> managementService().createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId())
			.filter((id) -> step.task().equals(model.<BoundaryEvent>getModelElementById(id).getAttachedTo().getId()))
			.toList();
	}

	private BpmnModelInstance deployedModel() {
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.singleResult()
			.getId();
		return engine.getRepositoryService().getBpmnModelInstance(definitionId);
	}

	private static RuntimeService runtimeService() {
		return engine.getRuntimeService();
	}

	private static ManagementService managementService() {
		return engine.getManagementService();
	}

}
