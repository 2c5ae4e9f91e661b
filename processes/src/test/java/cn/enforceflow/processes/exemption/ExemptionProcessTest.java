package cn.enforceflow.processes.exemption;

import static cn.enforceflow.processes.exemption.ExemptionModel.CORRECTION_OVERDUE_DELEGATE;
import static cn.enforceflow.processes.exemption.ExemptionModel.END_GENERAL_PROCEDURE;
import static cn.enforceflow.processes.exemption.ExemptionModel.END_GENERAL_PROCEDURE_BY_HEAD;
import static cn.enforceflow.processes.exemption.ExemptionModel.END_PUBLISHED;
import static cn.enforceflow.processes.exemption.ExemptionModel.END_TIME_BARRED;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_ASSESSMENT;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_HEAD_DECIDED;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_LEGAL_REVIEWED;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_REASSESSMENT;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_SERVED_AND_PUBLISHED;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_SERVE_AND_PUBLISH;
import static cn.enforceflow.processes.exemption.ExemptionModel.GATEWAY_SERVICE_METHOD;
import static cn.enforceflow.processes.exemption.ExemptionModel.HEAD_APPROVED;
import static cn.enforceflow.processes.exemption.ExemptionModel.HEAD_GENERAL_PROCEDURE;
import static cn.enforceflow.processes.exemption.ExemptionModel.HEAD_RETURNED;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_CORRECTION_NEEDED;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_ELIGIBLE;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_INELIGIBLE;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_TIME_BARRED;
import static cn.enforceflow.processes.exemption.ExemptionModel.PROCESS_KEY;
import static cn.enforceflow.processes.exemption.ExemptionModel.SERVICE_ELECTRONIC;
import static cn.enforceflow.processes.exemption.ExemptionModel.SERVICE_IN_PERSON;
import static cn.enforceflow.processes.exemption.ExemptionModel.SERVICE_POST;
import static cn.enforceflow.processes.exemption.ExemptionModel.START_CASE_REGISTERED;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_APPROVE_EXEMPTION;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_CHECK_CORRECTION;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_CONFIRM_RECEIPT;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_CORRECTION_OVERDUE;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_LEGAL_REVIEW;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_ORDER_CORRECTION;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_PROPOSE_EXEMPTION;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_PUBLISH_DECISION;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_REPORT_CORRECTION;
import static cn.enforceflow.processes.exemption.ExemptionModel.TASK_SERVE_DECISION;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.enforceflow.processes.DeadlineMocks;
import cn.enforceflow.processes.DeadlineMocks.RecordingDelegate;
import cn.enforceflow.processes.TaskProperties;
import cn.enforceflow.processes.exemption.ExemptionModel.Step;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the 首违不罚 process on an in-memory engine: the path taken, the
 * branches not taken, who may work on each task, and the calls made to the application.
 * The assessment's outcome is what the application hands the process (the decision itself
 * is tested in {@link ExemptionAssessmentTest}). The engine's clock moves a minute with
 * every step; timers are executed explicitly.
 */
@Deployment(resources = ExemptionModel.RESOURCE)
class ExemptionProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	/** Monday 2 March 2026, 10:00 in Beijing. */
	private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

	private static final String CASE_NUMBER = "YJJ-BF-2026-000012";

	private static final String DEPARTMENT_CODE = "YJJ";

	private static final String OFFICER_GROUP = ExemptionModel.officerGroup(DEPARTMENT_CODE);

	private static final String LEGAL_REVIEWER_GROUP = ExemptionModel.legalReviewerGroup(DEPARTMENT_CODE);

	private static final String DEPT_HEAD_GROUP = ExemptionModel.deptHeadGroup(DEPARTMENT_CODE);

	private static final String ENTERPRISE_GROUP = ExemptionModel.enterpriseGroup("91320804746832153E");

	private static final String OFFICER = "officer.zhang";

	private static final String SECOND_OFFICER = "officer.li";

	/** The end of Monday 16 March 2026, the correction deadline the officer set. */
	private static final Date CORRECT_BY = Date.from(DeadlineMocks.endOf(LocalDate.parse("2026-03-16")));

	private final RecordingDelegate overdue = new RecordingDelegate();

	private DeadlineMocks deadlines;

	private Instant now;

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
		this.now = START;
		ClockUtil.setCurrentTime(Date.from(this.now));
		this.deadlines = DeadlineMocks.register();
		// the application assesses the case again; without a report it is ineligible
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
	void timeBarredCaseEndsAtRegistration() {
		ProcessInstance exemption = register(OUTCOME_TIME_BARRED);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(START_CASE_REGISTERED, GATEWAY_ASSESSMENT, END_TIME_BARRED)
			.hasNotPassed(END_GENERAL_PROCEDURE, TASK_ORDER_CORRECTION, TASK_PROPOSE_EXEMPTION, END_PUBLISHED);
		assertNoTasksEverCreated(exemption);
		assertNoCalls();
	}

	@Test
	void ineligibleCaseGoesToTheGeneralProcedureAtRegistration() {
		ProcessInstance exemption = register(OUTCOME_INELIGIBLE);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(START_CASE_REGISTERED, GATEWAY_ASSESSMENT, END_GENERAL_PROCEDURE)
			.hasNotPassed(END_TIME_BARRED, TASK_ORDER_CORRECTION, TASK_PROPOSE_EXEMPTION, GATEWAY_REASSESSMENT,
					END_GENERAL_PROCEDURE_BY_HEAD, END_PUBLISHED);
		assertNoTasksEverCreated(exemption);
		assertNoCalls();
	}

	@Test
	void eligibleCaseIsProposedReviewedApprovedServedInPersonAndPublished() {
		ProcessInstance exemption = register(OUTCOME_ELIGIBLE);

		propose(exemption);
		review(exemption, true);
		approve(exemption, HEAD_APPROVED);
		assertThat(exemption).isWaitingAtExactly(TASK_SERVE_DECISION, TASK_PUBLISH_DECISION);
		serve(exemption, SERVICE_IN_PERSON);
		assertOpenTasks(exemption, TASK_PUBLISH_DECISION);
		publish(exemption);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(START_CASE_REGISTERED, GATEWAY_ASSESSMENT, TASK_PROPOSE_EXEMPTION, TASK_LEGAL_REVIEW,
					GATEWAY_LEGAL_REVIEWED, TASK_APPROVE_EXEMPTION, GATEWAY_HEAD_DECIDED, GATEWAY_SERVE_AND_PUBLISH,
					TASK_SERVE_DECISION, GATEWAY_SERVICE_METHOD, GATEWAY_SERVED_AND_PUBLISHED, END_PUBLISHED)
			.hasPassed(TASK_PUBLISH_DECISION)
			.hasNotPassed(TASK_ORDER_CORRECTION, TASK_REPORT_CORRECTION, TASK_CHECK_CORRECTION, GATEWAY_REASSESSMENT,
					TASK_CONFIRM_RECEIPT, END_GENERAL_PROCEDURE, END_GENERAL_PROCEDURE_BY_HEAD, END_TIME_BARRED);
		for (String step : List.of(TASK_PROPOSE_EXEMPTION, TASK_LEGAL_REVIEW, TASK_APPROVE_EXEMPTION,
				TASK_SERVE_DECISION, TASK_PUBLISH_DECISION)) {
			Assertions.assertThat(timesPassed(exemption, step)).as(step).isOne();
		}
		assertNoCalls();
	}

	@Test
	void decisionServedByPostNeedsNoReceiptAndPublicationMayComeFirst() {
		ProcessInstance exemption = approved();

		publish(exemption);
		assertOpenTasks(exemption, TASK_SERVE_DECISION);
		serve(exemption, SERVICE_POST);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(TASK_SERVE_DECISION, GATEWAY_SERVICE_METHOD, GATEWAY_SERVED_AND_PUBLISHED, END_PUBLISHED)
			.hasNotPassed(TASK_CONFIRM_RECEIPT);
		assertNoCalls();
	}

	@Test
	void electronicServiceWaitsForTheEnterpriseToConfirmReceipt() {
		ProcessInstance exemption = approved();

		serve(exemption, SERVICE_ELECTRONIC);
		assertThat(exemption).isWaitingAtExactly(TASK_CONFIRM_RECEIPT, TASK_PUBLISH_DECISION);
		publish(exemption);
		assertOpenTasks(exemption, TASK_CONFIRM_RECEIPT);
		confirmReceipt(exemption);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(TASK_SERVE_DECISION, GATEWAY_SERVICE_METHOD, TASK_CONFIRM_RECEIPT,
					GATEWAY_SERVED_AND_PUBLISHED, END_PUBLISHED)
			.hasPassed(TASK_PUBLISH_DECISION);
		assertNoCalls();
	}

	@Test
	void correctionOrderedReportedAndAcceptedLeadsToTheProposalAndPublication() {
		ProcessInstance exemption = register(OUTCOME_CORRECTION_NEEDED);

		orderCorrection(exemption);
		reportCorrection(exemption);
		checkCorrection(exemption, OUTCOME_ELIGIBLE);
		propose(exemption);
		review(exemption, true);
		approve(exemption, HEAD_APPROVED);
		serve(exemption, SERVICE_IN_PERSON);
		publish(exemption);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(GATEWAY_ASSESSMENT, TASK_ORDER_CORRECTION, TASK_REPORT_CORRECTION, TASK_CHECK_CORRECTION,
					GATEWAY_REASSESSMENT, TASK_PROPOSE_EXEMPTION, TASK_LEGAL_REVIEW, TASK_APPROVE_EXEMPTION,
					TASK_SERVE_DECISION, END_PUBLISHED)
			.hasNotPassed(TIMER_CORRECTION_DEADLINE_PASSED, TASK_CORRECTION_OVERDUE, END_GENERAL_PROCEDURE);
		Assertions.assertThat(this.overdue.calls()).isEmpty();
		assertNoCalls();
	}

	@Test
	void correctionRejectedWithTimeLeftIsReportedAgain() {
		ProcessInstance exemption = register(OUTCOME_CORRECTION_NEEDED);
		orderCorrection(exemption);
		reportCorrection(exemption);

		checkCorrection(exemption, OUTCOME_CORRECTION_NEEDED);

		assertThat(exemption).isWaitingAtExactly(TASK_REPORT_CORRECTION);
		Assertions.assertThat(waitingTask(exemption, TASK_REPORT_CORRECTION).getDueDate()).isEqualTo(CORRECT_BY);
		reportCorrection(exemption);
		checkCorrection(exemption, OUTCOME_ELIGIBLE);

		assertThat(exemption).isWaitingAtExactly(TASK_PROPOSE_EXEMPTION);
		Assertions.assertThat(timesPassed(exemption, TASK_ORDER_CORRECTION)).isOne();
		Assertions.assertThat(timesPassed(exemption, TASK_REPORT_CORRECTION)).isEqualTo(2);
		Assertions.assertThat(timesPassed(exemption, TASK_CHECK_CORRECTION)).isEqualTo(2);
		assertNoCalls();
	}

	@Test
	void correctionFoundWantingAtTheCheckGoesToTheGeneralProcedure() {
		ProcessInstance exemption = register(OUTCOME_CORRECTION_NEEDED);
		orderCorrection(exemption);
		reportCorrection(exemption);

		checkCorrection(exemption, OUTCOME_INELIGIBLE);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(TASK_CHECK_CORRECTION, GATEWAY_REASSESSMENT, END_GENERAL_PROCEDURE)
			.hasNotPassed(TASK_PROPOSE_EXEMPTION, TASK_CORRECTION_OVERDUE);
		assertNoCalls();
	}

	/**
	 * The enterprise does not report by the correction deadline: the interrupting timer
	 * ends the wait, the application assesses the case again (mocked: ineligible), and
	 * the case goes to the general procedure. Not a breach.
	 */
	@Test
	void correctionNotReportedByTheDeadlineIsAssessedAgainAndGoesToTheGeneralProcedure() {
		ProcessInstance exemption = register(OUTCOME_CORRECTION_NEEDED);
		orderCorrection(exemption);
		Task report = waitingTask(exemption, TASK_REPORT_CORRECTION);
		Job deadlinePassed = timer(exemption, TIMER_CORRECTION_DEADLINE_PASSED);
		Assertions.assertThat(deadlinePassed.getDuedate()).isEqualTo(CORRECT_BY);
		ClockUtil.setCurrentTime(deadlinePassed.getDuedate());

		managementService().executeJob(deadlinePassed.getId());

		assertThat(exemption).isEnded()
			.hasPassedInOrder(TASK_ORDER_CORRECTION, TASK_REPORT_CORRECTION, TIMER_CORRECTION_DEADLINE_PASSED,
					TASK_CORRECTION_OVERDUE, GATEWAY_REASSESSMENT, END_GENERAL_PROCEDURE)
			.hasNotPassed(TASK_CHECK_CORRECTION, TASK_PROPOSE_EXEMPTION);
		assertCancelled(report);
		Assertions.assertThat(this.overdue.calls()).singleElement().satisfies((call) -> {
			Assertions.assertThat(call.activity()).isEqualTo(TASK_CORRECTION_OVERDUE);
			Assertions.assertThat(call.businessKey()).isEqualTo(CASE_NUMBER);
			Assertions.assertThat(call.variable(VAR_CORRECTION_DEADLINE)).isEqualTo(CORRECT_BY);
		});
		Assertions.assertThat(this.deadlines.breaches.calls()).as("breaches").isEmpty();
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(exemption.getId()).count())
			.isZero();
	}

	@Test
	void proposalReturnedByLegalReviewIsProposedAgainThenApproved() {
		ProcessInstance exemption = register(OUTCOME_ELIGIBLE);
		propose(exemption);

		review(exemption, false);

		assertThat(exemption).isWaitingAtExactly(TASK_PROPOSE_EXEMPTION).hasNotPassed(TASK_APPROVE_EXEMPTION);
		propose(exemption);
		review(exemption, true);
		approve(exemption, HEAD_APPROVED);
		assertThat(exemption).isWaitingAtExactly(TASK_SERVE_DECISION, TASK_PUBLISH_DECISION);
		Assertions.assertThat(timesPassed(exemption, TASK_PROPOSE_EXEMPTION)).isEqualTo(2);
		Assertions.assertThat(timesPassed(exemption, TASK_LEGAL_REVIEW)).isEqualTo(2);
		Assertions.assertThat(timesPassed(exemption, TASK_APPROVE_EXEMPTION)).isOne();
		assertNoCalls();
	}

	@Test
	void proposalReturnedByTheHeadGoesThroughLegalReviewAgain() {
		ProcessInstance exemption = register(OUTCOME_ELIGIBLE);
		propose(exemption);
		review(exemption, true);

		approve(exemption, HEAD_RETURNED);

		assertThat(exemption).isWaitingAtExactly(TASK_PROPOSE_EXEMPTION).hasNotPassed(TASK_SERVE_DECISION);
		propose(exemption);
		review(exemption, true);
		approve(exemption, HEAD_APPROVED);
		assertThat(exemption).isWaitingAtExactly(TASK_SERVE_DECISION, TASK_PUBLISH_DECISION);
		Assertions.assertThat(timesPassed(exemption, TASK_APPROVE_EXEMPTION)).isEqualTo(2);
		assertNoCalls();
	}

	@Test
	void headDecidingOnTheGeneralProcedureEndsTheCase() {
		ProcessInstance exemption = register(OUTCOME_ELIGIBLE);
		propose(exemption);
		review(exemption, true);

		approve(exemption, HEAD_GENERAL_PROCEDURE);

		assertThat(exemption).isEnded()
			.hasPassedInOrder(TASK_APPROVE_EXEMPTION, GATEWAY_HEAD_DECIDED, END_GENERAL_PROCEDURE_BY_HEAD)
			.hasNotPassed(GATEWAY_SERVE_AND_PUBLISH, TASK_SERVE_DECISION, TASK_PUBLISH_DECISION, END_GENERAL_PROCEDURE,
					END_PUBLISHED);
		Assertions.assertThat(managementService().createJobQuery().processInstanceId(exemption.getId()).count())
			.isZero();
		assertNoCalls();
	}

	/**
	 * 第五十八条: whoever proposed the exemption may neither review nor approve it; the
	 * officer's steps demand a valid certificate, the others do not.
	 */
	@Test
	void reviewAndApprovalAreNeverByTheProposerAndOfficerStepsAreCertified() {
		BpmnModelInstance model = deployedModel();

		Assertions.assertThat(property(model.getModelElementById(TASK_LEGAL_REVIEW), TaskProperties.NOT_BY))
			.isEqualTo(TASK_PROPOSE_EXEMPTION);
		Assertions.assertThat(property(model.getModelElementById(TASK_APPROVE_EXEMPTION), TaskProperties.NOT_BY))
			.isEqualTo(TASK_PROPOSE_EXEMPTION);
		Assertions.assertThat(model.getModelElementsByType(UserTask.class))
			.filteredOn((task) -> property(task, TaskProperties.NOT_BY) != null)
			.extracting(UserTask::getId)
			.containsExactlyInAnyOrder(TASK_LEGAL_REVIEW, TASK_APPROVE_EXEMPTION);
		Assertions.assertThat(model.getModelElementsByType(UserTask.class))
			.filteredOn((task) -> "true".equals(property(task, TaskProperties.CERTIFIED)))
			.extracting(UserTask::getId)
			.containsExactlyInAnyOrder(TASK_ORDER_CORRECTION, TASK_CHECK_CORRECTION, TASK_PROPOSE_EXEMPTION,
					TASK_SERVE_DECISION, TASK_PUBLISH_DECISION);
		Assertions.assertThat(model.getModelElementsByType(UserTask.class))
			.filteredOn((task) -> "true".equals(property(task, TaskProperties.OPTIONAL)))
			.extracting(UserTask::getId)
			.containsExactly(TASK_REPORT_CORRECTION);
	}

	/**
	 * The constants of {@link ExemptionModel} name what the model has: every element id,
	 * and each step's deadline elements — except the overdue path of the optional report.
	 */
	@Test
	void everyNameInExemptionModelIsInTheModel() throws IllegalAccessException {
		BpmnModelInstance model = deployedModel();
		List<String> modelIds = model.getModelElementsByType(BaseElement.class)
			.stream()
			.map(BaseElement::getId)
			.toList();

		Assertions.assertThat(constants("START_", "END_", "TASK_", "GATEWAY_", "TIMER_"))
			.isNotEmpty()
			.isSubsetOf(modelIds);
		for (Step step : Step.values()) {
			Assertions.assertThat(List.of(step.task(), step.reminderTimer(), step.reminderTask(), step.remindedEnd()))
				.as("reminder of %s", step)
				.isSubsetOf(modelIds);
			List<String> overdue = List.of(step.overdueTimer(), step.breachTask(), step.breachRecordedEnd());
			if (step == Step.CORRECTION_REPORT) {
				Assertions.assertThat(overdue).as("overdue path of %s", step).doesNotContainAnyElementsOf(modelIds);
			}
			else {
				Assertions.assertThat(overdue).as("overdue path of %s", step).isSubsetOf(modelIds);
			}
		}
	}

	// Steps, each asserting who may work on its task

	private ProcessInstance register(String outcome) {
		ProcessInstance exemption = runtimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER,
				Map.of(VAR_DEPARTMENT_CODE, DEPARTMENT_CODE, VAR_OFFICER, OFFICER, VAR_SECOND_OFFICER, SECOND_OFFICER,
						VAR_ENTERPRISE_GROUP, ENTERPRISE_GROUP, VAR_OUTCOME, outcome));
		Assertions.assertThat(exemption.getBusinessKey()).isEqualTo(CASE_NUMBER);
		return exemption;
	}

	/** Eligible at registration, proposed, reviewed and approved. */
	private ProcessInstance approved() {
		ProcessInstance exemption = register(OUTCOME_ELIGIBLE);
		propose(exemption);
		review(exemption, true);
		approve(exemption, HEAD_APPROVED);
		return exemption;
	}

	private void orderCorrection(ProcessInstance exemption) {
		completeOfficerTask(waitingTask(exemption, TASK_ORDER_CORRECTION),
				Variables.createVariables().putValue(VAR_CORRECTION_DEADLINE, CORRECT_BY));
	}

	private void reportCorrection(ProcessInstance exemption) {
		completeEnterpriseTask(waitingTask(exemption, TASK_REPORT_CORRECTION), Variables.createVariables());
	}

	/** The officer's check, and the application's assessment after it. */
	private void checkCorrection(ProcessInstance exemption, String outcome) {
		completeOfficerTask(waitingTask(exemption, TASK_CHECK_CORRECTION),
				Variables.createVariables().putValue(VAR_OUTCOME, outcome));
	}

	private void propose(ProcessInstance exemption) {
		completeOfficerTask(waitingTask(exemption, TASK_PROPOSE_EXEMPTION), Variables.createVariables());
	}

	private void review(ProcessInstance exemption, boolean approved) {
		completeGroupTask(waitingTask(exemption, TASK_LEGAL_REVIEW), LEGAL_REVIEWER_GROUP,
				Variables.createVariables().putValue(VAR_LEGAL_APPROVED, approved));
	}

	private void approve(ProcessInstance exemption, String decision) {
		VariableMap variables = Variables.createVariables().putValue(VAR_HEAD_DECISION, decision);
		if (HEAD_APPROVED.equals(decision)) {
			variables.putValue(VAR_APPROVED_ON, Date.from(this.now));
		}
		completeGroupTask(waitingTask(exemption, TASK_APPROVE_EXEMPTION), DEPT_HEAD_GROUP, variables);
	}

	private void serve(ProcessInstance exemption, String method) {
		completeOfficerTask(openTask(exemption, TASK_SERVE_DECISION),
				Variables.createVariables().putValue(VAR_SERVICE_METHOD, method));
	}

	private void confirmReceipt(ProcessInstance exemption) {
		completeEnterpriseTask(openTask(exemption, TASK_CONFIRM_RECEIPT), Variables.createVariables());
	}

	private void publish(ProcessInstance exemption) {
		completeOfficerTask(openTask(exemption, TASK_PUBLISH_DECISION), Variables.createVariables());
	}

	private void completeOfficerTask(Task task, VariableMap variables) {
		assertThat(task).isAssignedTo(OFFICER);
		Assertions.assertThat(candidateGroups(task))
			.as("candidates of %s", task.getTaskDefinitionKey())
			.containsExactly(OFFICER_GROUP);
		completeLater(task, variables);
	}

	private void completeEnterpriseTask(Task task, VariableMap variables) {
		completeGroupTask(task, ENTERPRISE_GROUP, variables);
	}

	private void completeGroupTask(Task task, String group, VariableMap variables) {
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task))
			.as("candidates of %s", task.getTaskDefinitionKey())
			.containsExactly(group);
		completeLater(task, variables);
	}

	private void completeLater(Task task, VariableMap variables) {
		this.now = this.now.plus(Duration.ofMinutes(1));
		ClockUtil.setCurrentTime(Date.from(this.now));
		complete(task, variables);
	}

	// Queries

	private Task waitingTask(ProcessInstance exemption, String taskKey) {
		assertThat(exemption).isWaitingAtExactly(taskKey);
		return openTask(exemption, taskKey);
	}

	private Task openTask(ProcessInstance exemption, String taskKey) {
		Task task = taskService().createTaskQuery()
			.processInstanceId(exemption.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		Assertions.assertThat(task).as("open task %s", taskKey).isNotNull();
		return task;
	}

	/** Only these tasks are open (the parallel join may be waiting for them besides). */
	private void assertOpenTasks(ProcessInstance exemption, String... taskKeys) {
		Assertions.assertThat(taskService().createTaskQuery().processInstanceId(exemption.getId()).list())
			.extracting(Task::getTaskDefinitionKey)
			.containsExactlyInAnyOrder(taskKeys);
		assertThat(exemption).isNotEnded();
	}

	private List<String> candidateGroups(Task task) {
		List<IdentityLink> candidates = taskService().getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.toList();
		Assertions.assertThat(candidates)
			.as("candidate users of %s", task.getTaskDefinitionKey())
			.extracting(IdentityLink::getUserId)
			.containsOnlyNulls();
		return candidates.stream().map(IdentityLink::getGroupId).toList();
	}

	private void assertCancelled(Task task) {
		HistoricTaskInstance historic = historyService().createHistoricTaskInstanceQuery()
			.taskId(task.getId())
			.singleResult();
		Assertions.assertThat(historic.getEndTime()).as("end of %s", task.getTaskDefinitionKey()).isNotNull();
		Assertions.assertThat(historic.getDeleteReason())
			.as("%s completed", task.getTaskDefinitionKey())
			.isNotEqualTo("completed");
	}

	private void assertNoTasksEverCreated(ProcessInstance exemption) {
		Assertions
			.assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(exemption.getId()).count())
			.isZero();
	}

	private void assertNoCalls() {
		Assertions.assertThat(this.deadlines.reminders.calls()).as("reminders").isEmpty();
		Assertions.assertThat(this.deadlines.breaches.calls()).as("breaches").isEmpty();
		Assertions.assertThat(this.overdue.calls()).as("corrections overdue").isEmpty();
	}

	private Job timer(ProcessInstance exemption, String timerId) {
		Job job = managementService().createJobQuery()
			.processInstanceId(exemption.getId())
			.timers()
			.activityId(timerId)
			.singleResult();
		Assertions.assertThat(job).as("timer %s", timerId).isNotNull();
		return job;
	}

	private long timesPassed(ProcessInstance exemption, String activityId) {
		return historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(exemption.getId())
			.activityId(activityId)
			.finished()
			.count();
	}

	private BpmnModelInstance deployedModel() {
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.singleResult()
			.getId();
		return engine.getRepositoryService().getBpmnModelInstance(definitionId);
	}

	private static String property(UserTask task, String name) {
		if (task.getExtensionElements() == null) {
			return null;
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> name.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElse(null);
	}

	private static List<String> constants(String... prefixes) throws IllegalAccessException {
		List<String> values = new ArrayList<>();
		for (Field field : ExemptionModel.class.getFields()) {
			boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
			if (constant && Stream.of(prefixes).anyMatch(field.getName()::startsWith)) {
				values.add((String) field.get(null));
			}
		}
		return values;
	}

}
