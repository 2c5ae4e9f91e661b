package cn.enforceflow.processes.invitation;

import static cn.enforceflow.processes.invitation.InvitationModel.END_CLOSED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_DECLINED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_ACCEPTED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_DATE_CONFIRMED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_HAZARDS_FOUND;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_RECTIFICATION_VERIFIED;
import static cn.enforceflow.processes.invitation.InvitationModel.PROCESS_KEY;
import static cn.enforceflow.processes.invitation.InvitationModel.START_INVITATION_SUBMITTED;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_ACCEPT_INVITATION;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_RECTIFICATION_DEADLINE;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_SUSPECTED_VIOLATIONS;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_VISIT_DATE;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_SUSPECTED_VIOLATIONS;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_HAND_OVER_SUSPECTED_VIOLATIONS;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_HAND_OVER_UNRECTIFIED;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_CONFIRM_VISIT_DATE;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_PROPOSE_VISIT_DATE;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_RATE_SERVICE;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_RECORD_INSPECTION;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_REPORT_RECTIFICATION;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_VERIFY_RECTIFICATION;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ACCEPTED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_DATE_CONFIRMED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_DEPARTMENT_CODE;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_ENTERPRISE_GROUP;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_HAZARDS_FOUND;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_LEAD_OFFICER;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_RATED;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_SECOND_OFFICER;
import static cn.enforceflow.processes.invitation.InvitationModel.VAR_VERIFICATION_OUTCOME;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.enforceflow.processes.DeadlineMocks;
import cn.enforceflow.processes.invitation.InvitationModel.Step;
import cn.enforceflow.processes.invitation.InvitationModel.VerificationOutcome;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the 邀约式执法检查 process on an in-memory engine: the path taken, the
 * branches not taken, and who may work on each task.
 */
@Deployment(resources = InvitationModel.RESOURCE)
class InvitationProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	private static final String TRACKING_NUMBER = "YY-2026-000123";

	private static final String DEPARTMENT_CODE = "YJJ";

	private static final String DISPATCHER_GROUP = InvitationModel.dispatcherGroup(DEPARTMENT_CODE);

	private static final String OFFICER_GROUP = InvitationModel.officerGroup(DEPARTMENT_CODE);

	private static final String ENTERPRISE_GROUP = InvitationModel.enterpriseGroup("91320804746832153E");

	private static final String LEAD_OFFICER = "officer.zhang";

	private static final String SECOND_OFFICER = "officer.li";

	private final DeadlineMocks.RecordingDelegate handovers = new DeadlineMocks.RecordingDelegate();

	private DeadlineMocks deadlines;

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
		this.deadlines = DeadlineMocks.register();
		Mocks.register(InvitationModel.FINDING_HANDOVER_DELEGATE, this.handovers);
	}

	@AfterEach
	void releaseEngine() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void declinedInvitationEndsWithoutVisit() {
		ProcessInstance invitation = submit();

		decide(invitation, false);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(START_INVITATION_SUBMITTED, TASK_ACCEPT_INVITATION, GATEWAY_ACCEPTED, END_DECLINED)
			.hasNotPassed(TASK_PROPOSE_VISIT_DATE, TASK_CONFIRM_VISIT_DATE, TASK_RECORD_INSPECTION,
					TASK_REPORT_RECTIFICATION, TASK_VERIFY_RECTIFICATION, TASK_RATE_SERVICE, END_CLOSED);
		Assertions.assertThat(historicVariable(invitation, VAR_LEAD_OFFICER)).isNull();
	}

	@Test
	void acceptedInvitationWithoutHazardsIsRatedAndClosed() {
		ProcessInstance invitation = submit();

		decide(invitation, true);
		proposeVisitDate(invitation);
		confirmVisitDate(invitation, true);
		recordInspection(invitation, false);
		rateService(invitation, true);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(START_INVITATION_SUBMITTED, TASK_ACCEPT_INVITATION, GATEWAY_ACCEPTED,
					TASK_PROPOSE_VISIT_DATE, TASK_CONFIRM_VISIT_DATE, GATEWAY_DATE_CONFIRMED, TASK_RECORD_INSPECTION,
					GATEWAY_HAZARDS_FOUND, TASK_RATE_SERVICE, END_CLOSED)
			.hasNotPassed(END_DECLINED, TASK_REPORT_RECTIFICATION, TASK_VERIFY_RECTIFICATION,
					GATEWAY_RECTIFICATION_VERIFIED);
		Assertions.assertThat(timesPassed(invitation, TASK_PROPOSE_VISIT_DATE)).isEqualTo(1);
		Assertions.assertThat(historicVariable(invitation, VAR_RATED)).isEqualTo(true);
	}

	/**
	 * 退回 as the application does it: the date proposal is cancelled and acceptance starts
	 * again, with its own deadline timers, while the proposal's timers are gone.
	 */
	@Test
	void dateProposalSentBackReopensAcceptanceWithFreshDeadlines() {
		ProcessInstance invitation = submit();
		decide(invitation, true);
		Task proposal = waitingTask(invitation, TASK_PROPOSE_VISIT_DATE);
		String proposalInstance = historyService().createHistoricTaskInstanceQuery()
			.taskId(proposal.getId())
			.singleResult()
			.getActivityInstanceId();

		runtimeService().createProcessInstanceModification(invitation.getId())
			.cancelActivityInstance(proposalInstance)
			.startBeforeActivity(TASK_ACCEPT_INVITATION)
			.execute();

		assertThat(invitation).isWaitingAtExactly(TASK_ACCEPT_INVITATION);
		Assertions.assertThat(jobActivities(invitation))
			.containsExactlyInAnyOrder(Step.ACCEPTANCE.reminderTimer(), Step.ACCEPTANCE.overdueTimer());
		decide(invitation, true);
		proposeVisitDate(invitation);
		Assertions.assertThat(timesPassed(invitation, TASK_ACCEPT_INVITATION)).isEqualTo(2);
	}

	@Test
	void counterProposedDateGoesBackToLeadOfficerThenIsConfirmed() {
		ProcessInstance invitation = submit();

		decide(invitation, true);
		proposeVisitDate(invitation);
		confirmVisitDate(invitation, false);

		assertThat(invitation).isWaitingAtExactly(TASK_PROPOSE_VISIT_DATE).hasNotPassed(TASK_RECORD_INSPECTION);

		proposeVisitDate(invitation);
		confirmVisitDate(invitation, true);
		recordInspection(invitation, false);
		rateService(invitation, true);

		assertThat(invitation).isEnded()
			.hasPassed(TASK_RECORD_INSPECTION, TASK_RATE_SERVICE, END_CLOSED)
			.hasNotPassed(END_DECLINED, TASK_REPORT_RECTIFICATION, TASK_VERIFY_RECTIFICATION);
		Assertions.assertThat(timesPassed(invitation, TASK_PROPOSE_VISIT_DATE)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, TASK_CONFIRM_VISIT_DATE)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, TASK_RECORD_INSPECTION)).isEqualTo(1);
	}

	@Test
	void hazardsRectifiedFirstTimeAreAcceptedAndRated() {
		ProcessInstance invitation = inspectedWithHazards();

		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.ACCEPTED);
		rateService(invitation, true);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(TASK_RECORD_INSPECTION, GATEWAY_HAZARDS_FOUND, TASK_REPORT_RECTIFICATION,
					TASK_VERIFY_RECTIFICATION, GATEWAY_RECTIFICATION_VERIFIED, TASK_RATE_SERVICE, END_CLOSED)
			.hasNotPassed(END_DECLINED);
		Assertions.assertThat(timesPassed(invitation, TASK_REPORT_RECTIFICATION)).isEqualTo(1);
		Assertions.assertThat(timesPassed(invitation, TASK_VERIFY_RECTIFICATION)).isEqualTo(1);
		Assertions.assertThat(historicVariable(invitation, VAR_VERIFICATION_OUTCOME))
			.isEqualTo(VerificationOutcome.ACCEPTED.name());
	}

	@Test
	void rectificationSentBackOnceIsReportedAgainThenAccepted() {
		ProcessInstance invitation = inspectedWithHazards();

		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.SENT_BACK);

		assertThat(invitation).isWaitingAtExactly(TASK_REPORT_RECTIFICATION).hasNotPassed(TASK_RATE_SERVICE);

		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.ACCEPTED);
		rateService(invitation, true);

		assertThat(invitation).isEnded().hasPassed(TASK_RATE_SERVICE, END_CLOSED).hasNotPassed(END_DECLINED);
		Assertions.assertThat(timesPassed(invitation, TASK_REPORT_RECTIFICATION)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, TASK_VERIFY_RECTIFICATION)).isEqualTo(2);
		Assertions.assertThat(historicVariable(invitation, VAR_VERIFICATION_OUTCOME))
			.isEqualTo(VerificationOutcome.ACCEPTED.name());
	}

	@Test
	void hazardsNotRectifiedAfterTwoSendBacksStillCloseWithRating() {
		ProcessInstance invitation = inspectedWithHazards();

		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.SENT_BACK);
		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.SENT_BACK);
		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.NOT_RECTIFIED);

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE);

		rateService(invitation, true);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(GATEWAY_RECTIFICATION_VERIFIED, TASK_RATE_SERVICE, END_CLOSED)
			.hasNotPassed(END_DECLINED);
		Assertions.assertThat(timesPassed(invitation, TASK_REPORT_RECTIFICATION)).isEqualTo(3);
		Assertions.assertThat(timesPassed(invitation, TASK_VERIFY_RECTIFICATION)).isEqualTo(3);
		Assertions.assertThat(historicVariable(invitation, VAR_VERIFICATION_OUTCOME))
			.isEqualTo(VerificationOutcome.NOT_RECTIFIED.name());
		assertThat(invitation).hasPassedInOrder(GATEWAY_RECTIFICATION_VERIFIED, TASK_HAND_OVER_UNRECTIFIED,
				TASK_RATE_SERVICE);
		Assertions.assertThat(this.handovers.activities()).containsExactly(TASK_HAND_OVER_UNRECTIFIED);
	}

	/**
	 * The rectification deadline passes: the breach is recorded and the report is still
	 * awaited (a late report is still a report).
	 */
	@Test
	void rectificationOverdueIsRecordedAndTheLateReportIsStillVerified() {
		ProcessInstance invitation = inspectedWithHazards();
		String overdue = BpmnAwareTests.managementService()
			.createJobQuery()
			.processInstanceId(invitation.getId())
			.activityId(Step.RECTIFICATION_REPORT.overdueTimer())
			.singleResult()
			.getId();

		BpmnAwareTests.managementService().executeJob(overdue);

		assertThat(invitation).isWaitingAtExactly(TASK_REPORT_RECTIFICATION)
			.hasPassed(Step.RECTIFICATION_REPORT.breachTask());
		Assertions.assertThat(this.deadlines.breaches.activities())
			.containsExactly(Step.RECTIFICATION_REPORT.breachTask());
		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.ACCEPTED);
		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE);
	}

	@Test
	void findingMarkedAsSuspectedViolationIsHandedOverAndTheInspectionGoesOn() {
		ProcessInstance invitation = submit();
		decide(invitation, true);
		proposeVisitDate(invitation);
		confirmVisitDate(invitation, true);

		recordInspection(invitation, true, true);

		assertThat(invitation)
			.hasPassedInOrder(TASK_RECORD_INSPECTION, GATEWAY_SUSPECTED_VIOLATIONS, TASK_HAND_OVER_SUSPECTED_VIOLATIONS,
					GATEWAY_HAZARDS_FOUND)
			.isWaitingAtExactly(TASK_REPORT_RECTIFICATION);
		Assertions.assertThat(this.handovers.activities()).containsExactly(TASK_HAND_OVER_SUSPECTED_VIOLATIONS);
		reportRectification(invitation);
		verifyRectification(invitation, VerificationOutcome.ACCEPTED);
		rateService(invitation, false);
		assertThat(invitation).isEnded().hasNotPassed(TASK_HAND_OVER_UNRECTIFIED);
	}

	@Test
	void enterpriseThatDoesNotRateStillClosesTheInvitation() {
		ProcessInstance invitation = submit();

		decide(invitation, true);
		proposeVisitDate(invitation);
		confirmVisitDate(invitation, true);
		recordInspection(invitation, false);
		rateService(invitation, false);

		assertThat(invitation).isEnded().hasPassed(TASK_RATE_SERVICE, END_CLOSED).hasNotPassed(END_DECLINED);
		Assertions.assertThat(historicVariable(invitation, VAR_RATED)).isEqualTo(false);
	}

	@Test
	void everyIdInInvitationModelNamesAnElementOfTheModel() throws IllegalAccessException {
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.singleResult()
			.getId();
		BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);

		List<String> modelIds = model.getModelElementsByType(BaseElement.class)
			.stream()
			.map(BaseElement::getId)
			.toList();

		Assertions.assertThat(elementIdConstants()).isNotEmpty().isSubsetOf(modelIds);
		for (Step step : Step.values()) {
			Assertions
				.assertThat(List.of(step.task(), step.reminderTimer(), step.overdueTimer(), step.reminderTask(),
						step.breachTask(), step.remindedEnd(), step.breachRecordedEnd()))
				.as("elements of %s", step)
				.isSubsetOf(modelIds);
		}
	}

	private ProcessInstance submit() {
		ProcessInstance invitation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_NUMBER,
				withVariables(VAR_DEPARTMENT_CODE, DEPARTMENT_CODE, VAR_ENTERPRISE_GROUP, ENTERPRISE_GROUP));
		assertThat(invitation).isStarted().hasBusinessKey(TRACKING_NUMBER);
		return invitation;
	}

	private ProcessInstance inspectedWithHazards() {
		ProcessInstance invitation = submit();
		decide(invitation, true);
		proposeVisitDate(invitation);
		confirmVisitDate(invitation, true);
		recordInspection(invitation, true);
		assertThat(invitation).hasPassed(GATEWAY_HAZARDS_FOUND).hasNotPassed(TASK_RATE_SERVICE);
		return invitation;
	}

	private void decide(ProcessInstance invitation, boolean accepted) {
		Task task = waitingTask(invitation, TASK_ACCEPT_INVITATION);
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task)).containsExactly(DISPATCHER_GROUP);
		if (accepted) {
			complete(task, withVariables(VAR_ACCEPTED, true, VAR_LEAD_OFFICER, LEAD_OFFICER, VAR_SECOND_OFFICER,
					SECOND_OFFICER));
		}
		else {
			complete(task, withVariables(VAR_ACCEPTED, false));
		}
	}

	private void proposeVisitDate(ProcessInstance invitation) {
		Task task = waitingTask(invitation, TASK_PROPOSE_VISIT_DATE);
		assertThat(task).isAssignedTo(LEAD_OFFICER);
		Assertions.assertThat(candidateGroups(task)).containsExactly(OFFICER_GROUP);
		complete(task);
	}

	private void confirmVisitDate(ProcessInstance invitation, boolean confirmed) {
		Task task = waitingTask(invitation, TASK_CONFIRM_VISIT_DATE);
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task)).containsExactly(ENTERPRISE_GROUP);
		complete(task, confirmed ? withVariables(VAR_DATE_CONFIRMED, true, VAR_VISIT_DATE, "2026-12-03")
				: withVariables(VAR_DATE_CONFIRMED, false));
	}

	private void recordInspection(ProcessInstance invitation, boolean hazardsFound) {
		recordInspection(invitation, hazardsFound, false);
	}

	private void recordInspection(ProcessInstance invitation, boolean hazardsFound, boolean suspectedViolations) {
		Task task = waitingTask(invitation, TASK_RECORD_INSPECTION);
		assertThat(task).isAssignedTo(LEAD_OFFICER);
		Assertions.assertThat(candidateGroups(task)).containsExactly(OFFICER_GROUP);
		complete(task, withVariables(VAR_HAZARDS_FOUND, hazardsFound, VAR_SUSPECTED_VIOLATIONS, suspectedViolations,
				VAR_RECTIFICATION_DEADLINE, "2026-12-31"));
	}

	private void reportRectification(ProcessInstance invitation) {
		Task task = waitingTask(invitation, TASK_REPORT_RECTIFICATION);
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task)).containsExactly(ENTERPRISE_GROUP);
		complete(task);
	}

	private void verifyRectification(ProcessInstance invitation, VerificationOutcome outcome) {
		Task task = waitingTask(invitation, TASK_VERIFY_RECTIFICATION);
		assertThat(task).isAssignedTo(LEAD_OFFICER);
		Assertions.assertThat(candidateGroups(task)).containsExactly(OFFICER_GROUP);
		complete(task,
				withVariables(VAR_VERIFICATION_OUTCOME, outcome.name(), VAR_RECTIFICATION_DEADLINE, "2027-01-15"));
	}

	private void rateService(ProcessInstance invitation, boolean rated) {
		Task task = waitingTask(invitation, TASK_RATE_SERVICE);
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task)).containsExactly(ENTERPRISE_GROUP);
		complete(task, withVariables(VAR_RATED, rated));
	}

	private Task waitingTask(ProcessInstance invitation, String taskId) {
		assertThat(invitation).isWaitingAtExactly(taskId);
		return task(taskId, invitation);
	}

	private List<String> candidateGroups(Task task) {
		return taskService().getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private List<String> jobActivities(ProcessInstance invitation) {
		return BpmnAwareTests.managementService()
			.createJobQuery()
			.processInstanceId(invitation.getId())
			.list()
			.stream()
			.map((job) -> BpmnAwareTests.managementService()
				.createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId())
			.toList();
	}

	private long timesPassed(ProcessInstance invitation, String activityId) {
		return historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(invitation.getId())
			.activityId(activityId)
			.finished()
			.count();
	}

	private Object historicVariable(ProcessInstance invitation, String name) {
		var variable = historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(invitation.getId())
			.variableName(name)
			.singleResult();
		return (variable != null) ? variable.getValue() : null;
	}

	private static List<String> elementIdConstants() throws IllegalAccessException {
		List<String> ids = new ArrayList<>();
		for (Field field : InvitationModel.class.getFields()) {
			boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
			boolean elementId = Stream.of("START_", "END_", "TASK_", "GATEWAY_", "FLOW_")
				.anyMatch(field.getName()::startsWith);
			if (constant && elementId) {
				ids.add((String) field.get(null));
			}
		}
		return ids;
	}

}
