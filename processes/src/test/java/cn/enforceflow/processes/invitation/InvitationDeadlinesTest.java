package cn.enforceflow.processes.invitation;

import static cn.enforceflow.processes.invitation.InvitationModel.PROCESS_KEY;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ACCEPTED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_DATE_CONFIRMED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_DEPARTMENT_CODE;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ENTERPRISE_GROUP;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_HAZARDS_FOUND;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_LEAD_OFFICER;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_SECOND_OFFICER;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_VERIFICATION_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.enforceflow.processes.DeadlineMocks;
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
 * Every user task of the 邀约式执法检查 process is due by its deadline policy and carries two
 * non-interrupting timers: the reminder and the overdue timer. They fire (executed
 * explicitly), call their delegate, and leave the task open.
 */
@Deployment(resources = InvitationModel.RESOURCE)
class InvitationDeadlinesTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	/** The engine's clock stands still during a test, so due dates can be compared. */
	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private DeadlineMocks deadlines;

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.deadlines = DeadlineMocks.register();
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
	void taskIsDueByItsPolicyAndItsOverdueTimerAgrees(Step step) {
		ProcessInstance invitation = reach(step);

		Task task = task(invitation, step);
		Instant due = NOW.plus(Duration.ofDays(this.deadlines.policies.days(step.policy())));
		assertThat(task.getDueDate()).isEqualTo(Date.from(due));
		assertThat(timer(invitation, step.overdueTimer()).getDuedate()).isEqualTo(task.getDueDate());
		assertThat(timer(invitation, step.reminderTimer()).getDuedate())
			.isEqualTo(Date.from(due.minus(Duration.ofHours(15))));
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void reminderTimerCallsTheReminderDelegateAndLeavesTheTaskOpen(Step step) {
		ProcessInstance invitation = reach(step);
		Task task = task(invitation, step);

		managementService().executeJob(timer(invitation, step.reminderTimer()).getId());

		assertThat(this.deadlines.reminders.activities()).containsExactly(step.reminderTask());
		assertThat(this.deadlines.breaches.activities()).isEmpty();
		BpmnAwareTests.assertThat(invitation)
			.isWaitingAtExactly(step.task())
			.hasPassed(step.reminderTimer(), step.reminderTask(), step.remindedEnd())
			.hasNotPassed(step.overdueTimer(), step.breachTask());
		assertThat(task(invitation, step).getId()).isEqualTo(task.getId());
		assertThat(timers(invitation)).containsExactly(step.overdueTimer());
	}

	@ParameterizedTest
	@EnumSource(Step.class)
	void overdueTimerCallsTheBreachDelegateAndLeavesTheTaskOpen(Step step) {
		ProcessInstance invitation = reach(step);
		Task task = task(invitation, step);

		managementService().executeJob(timer(invitation, step.reminderTimer()).getId());
		managementService().executeJob(timer(invitation, step.overdueTimer()).getId());

		assertThat(this.deadlines.reminders.activities()).containsExactly(step.reminderTask());
		assertThat(this.deadlines.breaches.activities()).containsExactly(step.breachTask());
		BpmnAwareTests.assertThat(invitation)
			.isWaitingAtExactly(step.task())
			.hasPassed(step.overdueTimer(), step.breachTask(), step.breachRecordedEnd());
		assertThat(task(invitation, step).getId()).isEqualTo(task.getId());
		assertThat(timers(invitation)).isEmpty();
	}

	@Test
	void completingATaskCancelsItsTimersAndTheNextTaskStartsItsOwn() {
		ProcessInstance invitation = reach(Step.ACCEPTANCE);
		assertThat(timers(invitation)).containsExactlyInAnyOrder(Step.ACCEPTANCE.reminderTimer(),
				Step.ACCEPTANCE.overdueTimer());

		complete(invitation, Step.ACCEPTANCE,
				Map.of(VAR_ACCEPTED, true, VAR_LEAD_OFFICER, "officer.zhang", VAR_SECOND_OFFICER, "officer.li"));

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

	/** Starts an invitation and completes the tasks before {@code step}. */
	private ProcessInstance reach(Step step) {
		ProcessInstance invitation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "YY-2026-000123",
				Map.of(VAR_DEPARTMENT_CODE, "YJJ", VAR_ENTERPRISE_GROUP,
						InvitationModel.enterpriseGroup("91320804746832153E")));
		Step current = Step.ACCEPTANCE;
		while (current != step) {
			current = completeTowards(invitation, current, step);
		}
		BpmnAwareTests.assertThat(invitation).isWaitingAtExactly(step.task());
		return invitation;
	}

	private Step completeTowards(ProcessInstance invitation, Step current, Step target) {
		return switch (current) {
			case ACCEPTANCE -> {
				complete(invitation, current, Map.of(VAR_ACCEPTED, true, VAR_LEAD_OFFICER, "officer.zhang",
						VAR_SECOND_OFFICER, "officer.li"));
				yield Step.DATE_PROPOSAL;
			}
			case DATE_PROPOSAL -> {
				complete(invitation, current, Map.of());
				yield Step.DATE_CONFIRMATION;
			}
			case DATE_CONFIRMATION -> {
				complete(invitation, current,
						Map.of(VAR_DATE_CONFIRMED, true, InvitationModel.VAR_VISIT_DATE, "2026-12-03"));
				yield Step.INSPECTION_RECORD;
			}
			case INSPECTION_RECORD -> {
				boolean hazards = target != Step.RATING;
				complete(invitation, current,
						Map.of(VAR_HAZARDS_FOUND, hazards, InvitationModel.VAR_SUSPECTED_VIOLATIONS, false,
								InvitationModel.VAR_RECTIFICATION_DEADLINE, "2026-12-31"));
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

	private Task task(ProcessInstance invitation, Step step) {
		return taskService().createTaskQuery()
			.processInstanceId(invitation.getId())
			.taskDefinitionKey(step.task())
			.singleResult();
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

	/** The activity ids of the instance's pending timers. */
	private List<String> timers(ProcessInstance invitation) {
		return managementService().createJobQuery()
			.processInstanceId(invitation.getId())
			.timers()
			.list()
			.stream()
			.map((job) -> managementService().createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId())
			.toList();
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
