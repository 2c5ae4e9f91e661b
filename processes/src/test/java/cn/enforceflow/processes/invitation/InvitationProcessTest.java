package cn.enforceflow.processes.invitation;

import static cn.enforceflow.processes.invitation.InvitationModel.END_CLOSED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_CLOSED_UNRATED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_DECLINED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_HAZARD_HANDED_OVER;
import static cn.enforceflow.processes.invitation.InvitationModel.END_HAZARD_NOT_RECTIFIED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_HAZARD_RECTIFIED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_NOT_AGREED;
import static cn.enforceflow.processes.invitation.InvitationModel.END_WITHDRAWN;
import static cn.enforceflow.processes.invitation.InvitationModel.EVENT_VISIT_MOVED;
import static cn.enforceflow.processes.invitation.InvitationModel.EVENT_WITHDRAWN;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_ACCEPTED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_COUNTER_PROPOSAL_ANSWERED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_DATE_CONFIRMED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_DATE_PROPOSED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_HAZARDS_FOUND;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_RECTIFICATION_VERIFIED;
import static cn.enforceflow.processes.invitation.InvitationModel.GATEWAY_VISIT_AGREED;
import static cn.enforceflow.processes.invitation.InvitationModel.MESSAGE_VISIT_MOVED;
import static cn.enforceflow.processes.invitation.InvitationModel.MESSAGE_WITHDRAWN;
import static cn.enforceflow.processes.invitation.InvitationModel.PROCESS_KEY;
import static cn.enforceflow.processes.invitation.InvitationModel.START_HAZARD;
import static cn.enforceflow.processes.invitation.InvitationModel.START_INVITATION_SUBMITTED;
import static cn.enforceflow.processes.invitation.InvitationModel.SUBPROCESS_RECTIFY_HAZARDS;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_ACCEPT_INVITATION;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_ANSWER_COUNTER_PROPOSAL;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_CLOSE_UNRATED;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_CONFIRM_VISIT_DATE;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_HAND_OVER_FINDING;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_PROPOSE_VISIT_DATE;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_RATE_SERVICE;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_RECORD_INSPECTION;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_REPORT_RECTIFICATION;
import static cn.enforceflow.processes.invitation.InvitationModel.TASK_VERIFY_RECTIFICATION;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.enforceflow.processes.DeadlineMocks;
import cn.enforceflow.processes.DeadlineMocks.RecordingDelegate;
import cn.enforceflow.processes.TaskProperties;
import cn.enforceflow.processes.invitation.InvitationModel.Scheduling;
import cn.enforceflow.processes.invitation.InvitationModel.Step;
import cn.enforceflow.processes.invitation.InvitationModel.VerificationOutcome;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
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
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the 邀约式执法检查 process on an in-memory engine: the path taken, the
 * branches not taken, who may work on each task, and the calls made to the application.
 * The engine's clock moves a minute with every step, so that history is in order; timers
 * are executed explicitly.
 */
@Deployment(resources = InvitationModel.RESOURCE)
class InvitationProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	/** Monday 2 March 2026, 10:00 in Beijing. */
	private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

	private static final String TRACKING_NUMBER = "YY-2026-000123";

	private static final String DEPARTMENT_CODE = "YJJ";

	private static final String DISPATCHER_GROUP = InvitationModel.dispatcherGroup(DEPARTMENT_CODE);

	private static final String OFFICER_GROUP = InvitationModel.officerGroup(DEPARTMENT_CODE);

	private static final String ENTERPRISE_GROUP = InvitationModel.enterpriseGroup("91320804746832153E");

	private static final String LEAD_OFFICER = "officer.zhang";

	private static final String SECOND_OFFICER = "officer.li";

	private static final String ACCEPTED_ON = "2026-03-02";

	private static final String PROPOSED_DATE = "2026-03-05";

	private static final String COUNTER_PROPOSED_DATE = "2026-03-06";

	private static final String ANOTHER_DATE = "2026-03-09";

	private static final String MOVED_VISIT_DATE = "2026-03-12";

	/** A blocked fire exit, to be rectified by 20 March. */
	private static final String FIRE_EXIT = "finding-101";

	/** Unlabelled chemical drums, to be rectified by 27 March. */
	private static final String DRUM_LABELS = "finding-102";

	private final RecordingDelegate handovers = new RecordingDelegate();

	private final RecordingDelegate unrated = new RecordingDelegate();

	/** The hazard of every rectification task a step worked on, by task id. */
	private final Map<String, String> hazardOfTask = new HashMap<>();

	private DeadlineMocks deadlines;

	private FakeInvitationHazards hazards;

	private Instant now;

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
		this.now = START;
		ClockUtil.setCurrentTime(Date.from(this.now));
		this.deadlines = DeadlineMocks.register();
		this.hazards = FakeInvitationHazards.register();
		Mocks.register(InvitationModel.FINDING_HANDOVER_DELEGATE, this.handovers);
		Mocks.register(InvitationModel.CLOSE_UNRATED_DELEGATE, this.unrated);
	}

	@AfterEach
	void releaseEngine() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void declinedInvitationEndsWithoutAVisit() {
		ProcessInstance invitation = submit();

		decline(invitation);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(START_INVITATION_SUBMITTED, TASK_ACCEPT_INVITATION, GATEWAY_ACCEPTED, END_DECLINED)
			.hasNotPassed(EVENT_WITHDRAWN, END_WITHDRAWN, TASK_PROPOSE_VISIT_DATE, TASK_CONFIRM_VISIT_DATE,
					TASK_RECORD_INSPECTION, SUBPROCESS_RECTIFY_HAZARDS, TASK_RATE_SERVICE, END_CLOSED,
					END_CLOSED_UNRATED);
		Assertions.assertThat(historicVariable(invitation, VAR_LEAD_OFFICER)).isNull();
		assertNoCalls();
	}

	/**
	 * The enterprise withdraws while the invitation awaits acceptance: the message,
	 * correlated by the tracking number, cancels the acceptance and ends the case.
	 */
	@Test
	void invitationWithdrawnBeforeAcceptanceEndsWithoutAnyLaterStep() {
		ProcessInstance invitation = submit();
		Task acceptance = waitingTask(invitation, TASK_ACCEPT_INVITATION);

		String correlated = runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.correlateWithResult()
			.getExecution()
			.getProcessInstanceId();

		Assertions.assertThat(correlated).isEqualTo(invitation.getId());
		assertThat(invitation).isEnded()
			.hasPassedInOrder(START_INVITATION_SUBMITTED, EVENT_WITHDRAWN, END_WITHDRAWN)
			.hasNotPassed(GATEWAY_ACCEPTED, END_DECLINED, TASK_PROPOSE_VISIT_DATE, TASK_CONFIRM_VISIT_DATE,
					TASK_RECORD_INSPECTION, TASK_RATE_SERVICE, END_CLOSED, END_CLOSED_UNRATED);
		Assertions.assertThat(taskService().createTaskQuery().processInstanceId(invitation.getId()).count()).isZero();
		assertCancelled(acceptance);
		assertNoCalls();
	}

	@Test
	void withdrawalIsNoLongerAwaitedOnceAccepted() {
		ProcessInstance invitation = submit();
		accept(invitation);

		assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);

		assertThat(invitation).isWaitingAtExactly(TASK_PROPOSE_VISIT_DATE).hasNotPassed(EVENT_WITHDRAWN, END_WITHDRAWN);
	}

	@Test
	void proposedDateConfirmedWithoutHazardsIsRatedAndClosed() {
		ProcessInstance invitation = submit();

		accept(invitation);
		propose(invitation, Scheduling.PROPOSED);
		confirm(invitation, Scheduling.CONFIRMED, PROPOSED_DATE);
		recordInspection(invitation, false);
		rate(invitation);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(START_INVITATION_SUBMITTED, TASK_ACCEPT_INVITATION, GATEWAY_ACCEPTED,
					TASK_PROPOSE_VISIT_DATE, GATEWAY_DATE_PROPOSED, TASK_CONFIRM_VISIT_DATE, GATEWAY_DATE_CONFIRMED,
					GATEWAY_VISIT_AGREED, TASK_RECORD_INSPECTION, GATEWAY_HAZARDS_FOUND, TASK_RATE_SERVICE, END_CLOSED)
			.hasNotPassed(END_DECLINED, EVENT_WITHDRAWN, END_WITHDRAWN, TASK_ANSWER_COUNTER_PROPOSAL, END_NOT_AGREED,
					EVENT_VISIT_MOVED, SUBPROCESS_RECTIFY_HAZARDS, TASK_REPORT_RECTIFICATION, TASK_VERIFY_RECTIFICATION,
					TIMER_RATING_EXPIRED, TASK_CLOSE_UNRATED, END_CLOSED_UNRATED);
		for (String step : List.of(TASK_ACCEPT_INVITATION, TASK_PROPOSE_VISIT_DATE, TASK_CONFIRM_VISIT_DATE,
				TASK_RECORD_INSPECTION, TASK_RATE_SERVICE)) {
			Assertions.assertThat(timesPassed(invitation, step)).as(step).isOne();
		}
		Assertions.assertThat(historicVariable(invitation, VAR_VISIT_DATE)).isEqualTo(PROPOSED_DATE);
		Assertions.assertThat(this.hazards.casesAsked()).as("hazards asked for").isEmpty();
		assertNoCalls();
	}

	@Test
	void counterProposedDateAdoptedByTheLeadOfficerBecomesTheVisitDate() {
		ProcessInstance invitation = submit();
		accept(invitation);
		propose(invitation, Scheduling.PROPOSED);

		confirm(invitation, Scheduling.COUNTER_PROPOSED, null);

		assertThat(invitation).isWaitingAtExactly(TASK_ANSWER_COUNTER_PROPOSAL)
			.hasNotPassed(GATEWAY_VISIT_AGREED, END_NOT_AGREED);

		answer(invitation, Scheduling.ADOPTED, COUNTER_PROPOSED_DATE);

		assertThat(invitation).isWaitingAtExactly(TASK_RECORD_INSPECTION)
			.hasPassedInOrder(TASK_PROPOSE_VISIT_DATE, TASK_CONFIRM_VISIT_DATE, GATEWAY_DATE_CONFIRMED,
					TASK_ANSWER_COUNTER_PROPOSAL, GATEWAY_COUNTER_PROPOSAL_ANSWERED, GATEWAY_VISIT_AGREED)
			.hasNotPassed(END_NOT_AGREED);
		Assertions.assertThat(timesPassed(invitation, TASK_PROPOSE_VISIT_DATE)).isOne();
		Assertions.assertThat(timesPassed(invitation, TASK_CONFIRM_VISIT_DATE)).isOne();
		Assertions.assertThat(timesPassed(invitation, TASK_ANSWER_COUNTER_PROPOSAL)).isOne();
		Assertions.assertThat(runtimeService().getVariable(invitation.getId(), VAR_VISIT_DATE))
			.isEqualTo(COUNTER_PROPOSED_DATE);
	}

	@Test
	void counterProposalAnsweredWithAnotherDateThatTheEnterpriseConfirms() {
		ProcessInstance invitation = submit();
		accept(invitation);
		propose(invitation, Scheduling.PROPOSED);
		confirm(invitation, Scheduling.COUNTER_PROPOSED, null);

		answer(invitation, Scheduling.PROPOSED, null);

		assertThat(invitation).isWaitingAtExactly(TASK_CONFIRM_VISIT_DATE)
			.hasNotPassed(GATEWAY_VISIT_AGREED, END_NOT_AGREED);

		confirm(invitation, Scheduling.CONFIRMED, ANOTHER_DATE);

		assertThat(invitation).isWaitingAtExactly(TASK_RECORD_INSPECTION)
			.hasPassedInOrder(TASK_ANSWER_COUNTER_PROPOSAL, GATEWAY_COUNTER_PROPOSAL_ANSWERED, TASK_CONFIRM_VISIT_DATE,
					GATEWAY_DATE_CONFIRMED, GATEWAY_VISIT_AGREED)
			.hasNotPassed(END_NOT_AGREED);
		Assertions.assertThat(timesPassed(invitation, TASK_PROPOSE_VISIT_DATE)).isOne();
		Assertions.assertThat(timesPassed(invitation, TASK_CONFIRM_VISIT_DATE)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, TASK_ANSWER_COUNTER_PROPOSAL)).isOne();
		Assertions.assertThat(runtimeService().getVariable(invitation.getId(), VAR_VISIT_DATE)).isEqualTo(ANOTHER_DATE);
	}

	@Test
	void anotherDateDeclinedAfterTheCounterProposalEndsNotAgreed() {
		ProcessInstance invitation = submit();
		accept(invitation);
		propose(invitation, Scheduling.PROPOSED);
		confirm(invitation, Scheduling.COUNTER_PROPOSED, null);
		answer(invitation, Scheduling.PROPOSED, null);

		confirm(invitation, Scheduling.DECLINED, null);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(TASK_ANSWER_COUNTER_PROPOSAL, TASK_CONFIRM_VISIT_DATE, GATEWAY_DATE_CONFIRMED,
					END_NOT_AGREED)
			.hasNotPassed(GATEWAY_VISIT_AGREED, TASK_RECORD_INSPECTION, TASK_RATE_SERVICE, END_CLOSED);
		Assertions.assertThat(timesPassed(invitation, TASK_CONFIRM_VISIT_DATE)).isEqualTo(2);
		Assertions.assertThat(historicVariable(invitation, VAR_VISIT_DATE)).isNull();
		assertNoCalls();
	}

	@Test
	void noDateAgreedAtTheProposalEndsNotAgreed() {
		ProcessInstance invitation = submit();
		accept(invitation);

		propose(invitation, Scheduling.NOT_AGREED);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(TASK_PROPOSE_VISIT_DATE, GATEWAY_DATE_PROPOSED, END_NOT_AGREED)
			.hasNotPassed(TASK_CONFIRM_VISIT_DATE, TASK_ANSWER_COUNTER_PROPOSAL, GATEWAY_VISIT_AGREED,
					TASK_RECORD_INSPECTION, TASK_RATE_SERVICE, END_CLOSED);
		assertNoCalls();
	}

	@Test
	void noDateAgreedAfterTheCounterProposalEndsNotAgreed() {
		ProcessInstance invitation = submit();
		accept(invitation);
		propose(invitation, Scheduling.PROPOSED);
		confirm(invitation, Scheduling.COUNTER_PROPOSED, null);

		answer(invitation, Scheduling.NOT_AGREED, null);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(TASK_ANSWER_COUNTER_PROPOSAL, GATEWAY_COUNTER_PROPOSAL_ANSWERED, END_NOT_AGREED)
			.hasNotPassed(GATEWAY_VISIT_AGREED, TASK_RECORD_INSPECTION);
		Assertions.assertThat(timesPassed(invitation, TASK_CONFIRM_VISIT_DATE)).isOne();
	}

	/**
	 * The visit is moved by agreement before it is recorded: the message, with the new
	 * day, cancels the record and opens a fresh one whose deadline and timers count from
	 * the new day.
	 */
	@Test
	void visitMovedBeforeTheRecordOpensAFreshRecordCountedFromTheNewDay() {
		ProcessInstance invitation = scheduled(PROPOSED_DATE);
		Task first = waitingTask(invitation, TASK_RECORD_INSPECTION);
		List<String> firstTimers = timerJobs(invitation).stream().map(Job::getId).toList();

		later(Duration.ofDays(1));
		runtimeService().createMessageCorrelation(MESSAGE_VISIT_MOVED)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.setVariable(VAR_VISIT_DATE, MOVED_VISIT_DATE)
			.correlate();

		Task second = waitingTask(invitation, TASK_RECORD_INSPECTION);
		Assertions.assertThat(second.getId()).isNotEqualTo(first.getId());
		assertCancelled(first);
		Date due = Date.from(DeadlineMocks.endOf(LocalDate.parse(MOVED_VISIT_DATE).plusDays(3)));
		Assertions.assertThat(first.getDueDate()).isBefore(due);
		Assertions.assertThat(second.getDueDate()).isEqualTo(due);
		Assertions.assertThat(timerJobs(invitation)).extracting(Job::getId).doesNotContainAnyElementsOf(firstTimers);
		Assertions.assertThat(timer(invitation, Step.INSPECTION_RECORD.overdueTimer()).getDuedate()).isEqualTo(due);
		Assertions.assertThat(timer(invitation, Step.INSPECTION_RECORD.reminderTimer()).getDuedate())
			.isEqualTo(Date.from(due.toInstant().minus(DeadlineMocks.REMINDER_LEAD)));
		Assertions.assertThat(runtimeService().getVariable(invitation.getId(), VAR_VISIT_DATE))
			.isEqualTo(MOVED_VISIT_DATE);
		assertThat(invitation).hasPassedInOrder(GATEWAY_VISIT_AGREED, EVENT_VISIT_MOVED, GATEWAY_VISIT_AGREED)
			.hasNotPassed(GATEWAY_HAZARDS_FOUND);
		Assertions.assertThat(timesPassed(invitation, GATEWAY_VISIT_AGREED)).isEqualTo(2);

		recordInspection(invitation, false);

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE);
		Assertions.assertThat(timesPassed(invitation, TASK_RECORD_INSPECTION)).isEqualTo(2);
		assertNoCalls();
	}

	@Test
	void visitCanNoLongerBeMovedOnceRecorded() {
		ProcessInstance invitation = scheduled(PROPOSED_DATE);
		recordInspection(invitation, false);

		assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_VISIT_MOVED)
			.processInstanceBusinessKey(TRACKING_NUMBER)
			.setVariable(VAR_VISIT_DATE, MOVED_VISIT_DATE)
			.correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE).hasNotPassed(EVENT_VISIT_MOVED);
		Assertions.assertThat(runtimeService().getVariable(invitation.getId(), VAR_VISIT_DATE))
			.isEqualTo(PROPOSED_DATE);
	}

	/**
	 * Two hazards, each in its own instance of the sub-process: the fire exit is accepted
	 * at the first verification while the drum labels are sent back once. Each instance
	 * keeps its own verification outcome, so one hazard's conclusion never routes the
	 * other.
	 */
	@Test
	void twoHazardsAreRectifiedIndependentlyEachInItsOwnRounds() {
		this.hazards.found(TRACKING_NUMBER, FIRE_EXIT, "2026-03-20").found(TRACKING_NUMBER, DRUM_LABELS, "2026-03-27");
		ProcessInstance invitation = inspectedWithHazards();
		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_REPORT_RECTIFICATION))
			.containsExactlyInAnyOrder(FIRE_EXIT, DRUM_LABELS);

		report(invitation, FIRE_EXIT);
		report(invitation, DRUM_LABELS);
		verify(invitation, DRUM_LABELS, VerificationOutcome.SENT_BACK);

		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_REPORT_RECTIFICATION)).containsExactly(DRUM_LABELS);
		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_VERIFY_RECTIFICATION)).containsExactly(FIRE_EXIT);
		Assertions.assertThat(runtimeService().getVariables(invitation.getId()))
			.as("variables of the case")
			.doesNotContainKeys(VAR_VERIFICATION_OUTCOME, VAR_HAZARD);
		Assertions.assertThat(outcomeSeenBy(hazardTask(invitation, TASK_VERIFY_RECTIFICATION, FIRE_EXIT)))
			.as("outcome the fire exit's verification sees")
			.isNull();
		Assertions.assertThat(outcomeSeenBy(hazardTask(invitation, TASK_REPORT_RECTIFICATION, DRUM_LABELS)))
			.as("outcome the drum labels' report sees")
			.isEqualTo(VerificationOutcome.SENT_BACK.name());

		verify(invitation, FIRE_EXIT, VerificationOutcome.ACCEPTED);

		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_REPORT_RECTIFICATION)).containsExactly(DRUM_LABELS);
		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_VERIFY_RECTIFICATION)).isEmpty();
		assertThat(invitation).hasPassed(END_HAZARD_RECTIFIED).hasNotPassed(TASK_RATE_SERVICE);

		report(invitation, DRUM_LABELS);
		verify(invitation, DRUM_LABELS, VerificationOutcome.ACCEPTED);

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE)
			.hasPassedInOrder(GATEWAY_HAZARDS_FOUND, START_HAZARD, TASK_REPORT_RECTIFICATION, TASK_VERIFY_RECTIFICATION,
					GATEWAY_RECTIFICATION_VERIFIED, END_HAZARD_RECTIFIED)
			.hasNotPassed(END_HAZARD_NOT_RECTIFIED, TASK_HAND_OVER_FINDING, END_HAZARD_HANDED_OVER);
		Assertions.assertThat(rounds(invitation, FIRE_EXIT, TASK_REPORT_RECTIFICATION)).isOne();
		Assertions.assertThat(rounds(invitation, FIRE_EXIT, TASK_VERIFY_RECTIFICATION)).isOne();
		Assertions.assertThat(rounds(invitation, DRUM_LABELS, TASK_REPORT_RECTIFICATION)).isEqualTo(2);
		Assertions.assertThat(rounds(invitation, DRUM_LABELS, TASK_VERIFY_RECTIFICATION)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, SUBPROCESS_RECTIFY_HAZARDS)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, END_HAZARD_RECTIFIED)).isEqualTo(2);
		Assertions.assertThat(outcomesByExecution(invitation))
			.as("the verification outcome lives in each hazard's instance, never in the case")
			.hasSize(2)
			.allSatisfy((execution, outcome) -> {
				Assertions.assertThat(execution).isNotEqualTo(invitation.getId());
				Assertions.assertThat(outcome).isEqualTo(VerificationOutcome.ACCEPTED.name());
			});
		// the engine evaluates the collection more than once on entry: of() must be a
		// pure query
		Assertions.assertThat(this.hazards.casesAsked()).isNotEmpty().containsOnly(TRACKING_NUMBER);
		assertNoCalls();
	}

	/**
	 * Each hazard's instance starts with its own empty outcome, which hides one set on
	 * the case: the process adapter must give the outcome with the verification task, and
	 * the engine refuses a verification without one rather than route the hazard by a
	 * guess.
	 */
	@Test
	void outcomeSetOnTheCaseInsteadOfTheTaskRoutesNoHazard() {
		this.hazards.found(TRACKING_NUMBER, FIRE_EXIT, "2026-03-20");
		ProcessInstance invitation = inspectedWithHazards();
		report(invitation, FIRE_EXIT);
		Task verification = hazardTask(invitation, TASK_VERIFY_RECTIFICATION, FIRE_EXIT);
		runtimeService().setVariable(invitation.getId(), VAR_VERIFICATION_OUTCOME, VerificationOutcome.ACCEPTED.name());

		assertThatThrownBy(() -> taskService().complete(verification.getId()))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining(GATEWAY_RECTIFICATION_VERIFIED);

		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_VERIFY_RECTIFICATION)).containsExactly(FIRE_EXIT);
		assertThat(invitation).hasNotPassed(TASK_VERIFY_RECTIFICATION, END_HAZARD_RECTIFIED, TASK_RATE_SERVICE);
	}

	@Test
	void hazardNotRectifiedEndsWithoutHandOverAndTheCaseGoesOnToTheRating() {
		this.hazards.found(TRACKING_NUMBER, FIRE_EXIT, "2026-03-20");
		ProcessInstance invitation = inspectedWithHazards();

		report(invitation, FIRE_EXIT);
		verify(invitation, FIRE_EXIT, VerificationOutcome.SENT_BACK);
		report(invitation, FIRE_EXIT);
		verify(invitation, FIRE_EXIT, VerificationOutcome.NOT_RECTIFIED);

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE)
			.hasPassedInOrder(TASK_VERIFY_RECTIFICATION, GATEWAY_RECTIFICATION_VERIFIED, END_HAZARD_NOT_RECTIFIED)
			.hasNotPassed(END_HAZARD_RECTIFIED, TASK_HAND_OVER_FINDING, END_HAZARD_HANDED_OVER);
		Assertions.assertThat(rounds(invitation, FIRE_EXIT, TASK_REPORT_RECTIFICATION)).isEqualTo(2);
		Assertions.assertThat(this.handovers.calls()).as("hand-overs").isEmpty();
		assertNoCalls();
	}

	/**
	 * The officer hands one hazard over to the exemption assessment: the hand-over is
	 * called once, in that hazard's instance, while the other hazard is verified as
	 * usual.
	 */
	@Test
	void hazardHandedOverIsHandedOverAloneWhileTheOtherIsRectified() {
		this.hazards.found(TRACKING_NUMBER, FIRE_EXIT, "2026-03-20").found(TRACKING_NUMBER, DRUM_LABELS, "2026-03-27");
		ProcessInstance invitation = inspectedWithHazards();
		report(invitation, FIRE_EXIT);
		report(invitation, DRUM_LABELS);

		verify(invitation, FIRE_EXIT, VerificationOutcome.HANDED_OVER);

		Assertions.assertThat(this.handovers.calls()).singleElement().satisfies((call) -> {
			Assertions.assertThat(call.activity()).isEqualTo(TASK_HAND_OVER_FINDING);
			Assertions.assertThat(call.businessKey()).isEqualTo(TRACKING_NUMBER);
			Assertions.assertThat(call.variable(VAR_HAZARD)).isEqualTo(FIRE_EXIT);
			Assertions.assertThat(call.variable(VAR_VERIFICATION_OUTCOME))
				.isEqualTo(VerificationOutcome.HANDED_OVER.name());
		});
		Assertions.assertThat(hazardsWaitingAt(invitation, TASK_VERIFY_RECTIFICATION)).containsExactly(DRUM_LABELS);

		verify(invitation, DRUM_LABELS, VerificationOutcome.ACCEPTED);

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE)
			.hasPassedInOrder(GATEWAY_RECTIFICATION_VERIFIED, TASK_HAND_OVER_FINDING, END_HAZARD_HANDED_OVER)
			.hasPassed(END_HAZARD_RECTIFIED)
			.hasNotPassed(END_HAZARD_NOT_RECTIFIED);
		Assertions.assertThat(this.handovers.calls())
			.extracting((call) -> call.variable(VAR_HAZARD))
			.containsExactly(FIRE_EXIT);
		Assertions.assertThat(timesPassed(invitation, TASK_HAND_OVER_FINDING)).isOne();
		Assertions.assertThat(timesPassed(invitation, END_HAZARD_RECTIFIED)).isOne();
	}

	/**
	 * No hazard found after all: the sub-process has no instance and the rating follows.
	 */
	@Test
	void hazardsFoundButNoneListedGoesStraightToTheRating() {
		ProcessInstance invitation = inspectedWithHazards();

		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE)
			.hasNotPassed(SUBPROCESS_RECTIFY_HAZARDS, TASK_REPORT_RECTIFICATION);
		Assertions.assertThat(this.hazards.casesAsked()).isNotEmpty().containsOnly(TRACKING_NUMBER);
	}

	/**
	 * The enterprise leaves the optional rating undone: the reminder goes out, then the
	 * rating period ends, the case closes as 未评价, and no breach is recorded.
	 */
	@Test
	void ratingLeftUndoneClosesUnratedWhenItsPeriodEndsWithoutABreach() {
		ProcessInstance invitation = toRating();
		Task rating = waitingTask(invitation, TASK_RATE_SERVICE);
		Assertions.assertThat(timerJobs(invitation))
			.extracting(this::activityOf)
			.containsExactlyInAnyOrder(Step.RATING.reminderTimer(), TIMER_RATING_EXPIRED);

		managementService().executeJob(timer(invitation, Step.RATING.reminderTimer()).getId());
		assertThat(invitation).isWaitingAtExactly(TASK_RATE_SERVICE);
		managementService().executeJob(timer(invitation, TIMER_RATING_EXPIRED).getId());

		assertThat(invitation).isEnded()
			.hasPassedInOrder(GATEWAY_HAZARDS_FOUND, TIMER_RATING_EXPIRED, TASK_CLOSE_UNRATED, END_CLOSED_UNRATED)
			.hasPassed(Step.RATING.reminderTask())
			.hasNotPassed(END_CLOSED);
		assertCancelled(rating);
		Assertions.assertThat(this.unrated.calls()).singleElement().satisfies((call) -> {
			Assertions.assertThat(call.activity()).isEqualTo(TASK_CLOSE_UNRATED);
			Assertions.assertThat(call.businessKey()).isEqualTo(TRACKING_NUMBER);
		});
		Assertions.assertThat(this.deadlines.reminders.activities()).containsExactly(Step.RATING.reminderTask());
		Assertions.assertThat(this.deadlines.breaches.calls()).as("breaches").isEmpty();
		Assertions.assertThat(timerDefinitionsOn(TASK_RATE_SERVICE))
			.as("the rating's timers: a reminder and the expiry, no overdue timer")
			.containsExactlyInAnyOrder(Step.RATING.reminderTimer(), TIMER_RATING_EXPIRED);
	}

	@Test
	void ratingDoneClosesTheCaseAndItsExpiryNeverFires() {
		ProcessInstance invitation = toRating();
		String expiry = timer(invitation, TIMER_RATING_EXPIRED).getJobDefinitionId();

		rate(invitation);

		assertThat(invitation).isEnded()
			.hasPassedInOrder(TASK_RATE_SERVICE, END_CLOSED)
			.hasNotPassed(TIMER_RATING_EXPIRED, TASK_CLOSE_UNRATED, END_CLOSED_UNRATED);
		Assertions.assertThat(historyService().createHistoricJobLogQuery().jobDefinitionId(expiry).successLog().count())
			.as("expiry executed")
			.isZero();
		Assertions
			.assertThat(historyService().createHistoricJobLogQuery().jobDefinitionId(expiry).deletionLog().count())
			.as("expiry cancelled")
			.isOne();
		Assertions.assertThat(this.unrated.calls()).isEmpty();
		assertNoCalls();
	}

	/**
	 * 退回 as the application does it: the lead officer sends the date proposal back to the
	 * dispatcher, so the proposal is cancelled and acceptance starts again, a day later,
	 * with deadline timers of its own; the enterprise may withdraw again.
	 */
	@Test
	void dateProposalSentBackReopensAcceptanceWithFreshTimers() {
		ProcessInstance invitation = submit();
		List<String> firstTimers = timerJobs(invitation).stream().map(Job::getId).toList();
		accept(invitation);
		Task proposal = waitingTask(invitation, TASK_PROPOSE_VISIT_DATE);
		Assertions.assertThat(returnTargetOf(TASK_PROPOSE_VISIT_DATE)).isEqualTo(TASK_ACCEPT_INVITATION);
		later(Duration.ofDays(1));

		runtimeService().createProcessInstanceModification(invitation.getId())
			.cancelActivityInstance(activityInstanceOf(proposal))
			.startBeforeActivity(TASK_ACCEPT_INVITATION)
			.execute();

		Task acceptance = waitingTask(invitation, TASK_ACCEPT_INVITATION);
		assertCancelled(proposal);
		Date due = Date.from(this.now.plus(Duration.ofDays(this.deadlines.policies.days(Step.ACCEPTANCE.policy()))));
		Assertions.assertThat(acceptance.getDueDate()).isEqualTo(due);
		Assertions.assertThat(timerJobs(invitation))
			.extracting(this::activityOf)
			.containsExactlyInAnyOrder(Step.ACCEPTANCE.reminderTimer(), Step.ACCEPTANCE.overdueTimer());
		Assertions.assertThat(timerJobs(invitation)).extracting(Job::getId).doesNotContainAnyElementsOf(firstTimers);
		Assertions.assertThat(timer(invitation, Step.ACCEPTANCE.overdueTimer()).getDuedate()).isEqualTo(due);
		Assertions
			.assertThat(runtimeService().createEventSubscriptionQuery()
				.processInstanceId(invitation.getId())
				.eventName(MESSAGE_WITHDRAWN)
				.count())
			.as("withdrawal awaited")
			.isOne();

		accept(invitation);

		assertThat(invitation).isWaitingAtExactly(TASK_PROPOSE_VISIT_DATE);
		Assertions.assertThat(timesPassed(invitation, TASK_ACCEPT_INVITATION)).isEqualTo(2);
		Assertions.assertThat(timesPassed(invitation, TASK_PROPOSE_VISIT_DATE)).isOne();
		assertNoCalls();
	}

	/**
	 * The constants of {@link InvitationModel} name what the model has: every element id,
	 * every message, and each step's deadline elements — except the overdue path of the
	 * optional rating, which the model does not have.
	 */
	@Test
	void everyNameInInvitationModelIsInTheModel() throws IllegalAccessException {
		BpmnModelInstance model = deployedModel();
		List<String> modelIds = model.getModelElementsByType(BaseElement.class)
			.stream()
			.map(BaseElement::getId)
			.toList();

		Assertions.assertThat(constants("START_", "END_", "TASK_", "GATEWAY_", "EVENT_", "TIMER_", "SUBPROCESS_"))
			.isNotEmpty()
			.isSubsetOf(modelIds);
		Assertions.assertThat(constants("MESSAGE_"))
			.containsExactlyInAnyOrderElementsOf(
					model.getModelElementsByType(Message.class).stream().map(Message::getName).toList());
		for (Step step : Step.values()) {
			Assertions.assertThat(List.of(step.task(), step.reminderTimer(), step.reminderTask(), step.remindedEnd()))
				.as("reminder of %s", step)
				.isSubsetOf(modelIds);
			List<String> overdue = List.of(step.overdueTimer(), step.breachTask(), step.breachRecordedEnd());
			if (step == Step.RATING) {
				Assertions.assertThat(overdue)
					.as("overdue path of the optional %s", step)
					.doesNotContainAnyElementsOf(modelIds);
			}
			else {
				Assertions.assertThat(overdue).as("overdue path of %s", step).isSubsetOf(modelIds);
			}
		}
		Assertions.assertThat(model.getModelElementsByType(UserTask.class))
			.filteredOn((task) -> "true".equals(property(task, TaskProperties.OPTIONAL)))
			.extracting(UserTask::getId)
			.containsExactly(TASK_RATE_SERVICE);
	}

	// Steps, each asserting who may work on its task

	private ProcessInstance submit() {
		ProcessInstance invitation = runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_NUMBER,
				Map.of(VAR_DEPARTMENT_CODE, DEPARTMENT_CODE, VAR_ENTERPRISE_GROUP, ENTERPRISE_GROUP));
		assertThat(invitation).isStarted().hasBusinessKey(TRACKING_NUMBER);
		return invitation;
	}

	/** Accepted, and the visit agreed on {@code visitDate} at the first proposal. */
	private ProcessInstance scheduled(String visitDate) {
		ProcessInstance invitation = submit();
		accept(invitation);
		propose(invitation, Scheduling.PROPOSED);
		confirm(invitation, Scheduling.CONFIRMED, visitDate);
		return invitation;
	}

	private ProcessInstance inspectedWithHazards() {
		ProcessInstance invitation = scheduled(PROPOSED_DATE);
		recordInspection(invitation, true);
		assertThat(invitation).hasPassedInOrder(TASK_RECORD_INSPECTION, GATEWAY_HAZARDS_FOUND)
			.hasNotPassed(TASK_RATE_SERVICE);
		return invitation;
	}

	private ProcessInstance toRating() {
		ProcessInstance invitation = scheduled(PROPOSED_DATE);
		recordInspection(invitation, false);
		return invitation;
	}

	private void accept(ProcessInstance invitation) {
		completeDispatcherTask(invitation,
				Variables.createVariables()
					.putValue(VAR_ACCEPTED, true)
					.putValue(VAR_LEAD_OFFICER, LEAD_OFFICER)
					.putValue(VAR_SECOND_OFFICER, SECOND_OFFICER)
					.putValue(VAR_ACCEPTED_ON, ACCEPTED_ON));
	}

	private void decline(ProcessInstance invitation) {
		completeDispatcherTask(invitation, Variables.createVariables().putValue(VAR_ACCEPTED, false));
	}

	private void completeDispatcherTask(ProcessInstance invitation, VariableMap variables) {
		Task task = waitingTask(invitation, TASK_ACCEPT_INVITATION);
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task)).containsExactly(DISPATCHER_GROUP);
		completeLater(task, variables);
	}

	private void propose(ProcessInstance invitation, Scheduling decision) {
		completeOfficerTask(waitingTask(invitation, TASK_PROPOSE_VISIT_DATE), scheduling(decision, null));
	}

	private void confirm(ProcessInstance invitation, Scheduling decision, String visitDate) {
		completeEnterpriseTask(waitingTask(invitation, TASK_CONFIRM_VISIT_DATE), scheduling(decision, visitDate));
	}

	private void answer(ProcessInstance invitation, Scheduling decision, String visitDate) {
		completeOfficerTask(waitingTask(invitation, TASK_ANSWER_COUNTER_PROPOSAL), scheduling(decision, visitDate));
	}

	private static VariableMap scheduling(Scheduling decision, String visitDate) {
		VariableMap variables = Variables.createVariables().putValue(VAR_SCHEDULING, decision.name());
		return (visitDate != null) ? variables.putValue(VAR_VISIT_DATE, visitDate) : variables;
	}

	private void recordInspection(ProcessInstance invitation, boolean hazardsFound) {
		completeOfficerTask(waitingTask(invitation, TASK_RECORD_INSPECTION),
				Variables.createVariables().putValue(VAR_HAZARDS_FOUND, hazardsFound));
	}

	private void report(ProcessInstance invitation, String hazard) {
		completeEnterpriseTask(hazardTask(invitation, TASK_REPORT_RECTIFICATION, hazard), Variables.createVariables());
	}

	private void verify(ProcessInstance invitation, String hazard, VerificationOutcome outcome) {
		completeOfficerTask(hazardTask(invitation, TASK_VERIFY_RECTIFICATION, hazard),
				Variables.createVariables().putValue(VAR_VERIFICATION_OUTCOME, outcome.name()));
	}

	private void rate(ProcessInstance invitation) {
		completeEnterpriseTask(waitingTask(invitation, TASK_RATE_SERVICE), Variables.createVariables());
	}

	private void completeOfficerTask(Task task, VariableMap variables) {
		assertThat(task).isAssignedTo(LEAD_OFFICER);
		Assertions.assertThat(candidateGroups(task))
			.as("candidates of %s", task.getTaskDefinitionKey())
			.containsExactly(OFFICER_GROUP);
		completeLater(task, variables);
	}

	private void completeEnterpriseTask(Task task, VariableMap variables) {
		assertThat(task).isNotAssigned();
		Assertions.assertThat(candidateGroups(task))
			.as("candidates of %s", task.getTaskDefinitionKey())
			.containsExactly(ENTERPRISE_GROUP);
		completeLater(task, variables);
	}

	private void completeLater(Task task, VariableMap variables) {
		later(Duration.ofMinutes(1));
		complete(task, variables);
	}

	private void later(Duration duration) {
		this.now = this.now.plus(duration);
		ClockUtil.setCurrentTime(Date.from(this.now));
	}

	// Queries

	private Task waitingTask(ProcessInstance invitation, String taskKey) {
		assertThat(invitation).isWaitingAtExactly(taskKey);
		return taskService().createTaskQuery()
			.processInstanceId(invitation.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	/** The one open task of a hazard's instance, remembered for {@link #rounds}. */
	private Task hazardTask(ProcessInstance invitation, String taskKey, String hazard) {
		List<Task> tasks = openTasks(invitation, taskKey).stream()
			.filter((task) -> hazard.equals(taskService().getVariable(task.getId(), VAR_HAZARD)))
			.toList();
		Assertions.assertThat(tasks).as("%s of %s", taskKey, hazard).hasSize(1);
		this.hazardOfTask.put(tasks.get(0).getId(), hazard);
		return tasks.get(0);
	}

	private Object outcomeSeenBy(Task task) {
		return taskService().getVariable(task.getId(), VAR_VERIFICATION_OUTCOME);
	}

	private List<String> hazardsWaitingAt(ProcessInstance invitation, String taskKey) {
		return openTasks(invitation, taskKey).stream()
			.map((task) -> (String) taskService().getVariable(task.getId(), VAR_HAZARD))
			.toList();
	}

	private List<Task> openTasks(ProcessInstance invitation, String taskKey) {
		return taskService().createTaskQuery().processInstanceId(invitation.getId()).taskDefinitionKey(taskKey).list();
	}

	/** How many tasks of {@code taskKey} a hazard's instance completed. */
	private long rounds(ProcessInstance invitation, String hazard, String taskKey) {
		List<HistoricTaskInstance> done = historyService().createHistoricTaskInstanceQuery()
			.processInstanceId(invitation.getId())
			.taskDefinitionKey(taskKey)
			.finished()
			.list();
		Assertions.assertThat(done).extracting(HistoricTaskInstance::getId).isSubsetOf(this.hazardOfTask.keySet());
		return done.stream().filter((task) -> hazard.equals(this.hazardOfTask.get(task.getId()))).count();
	}

	/**
	 * The last verification outcome by the execution it was a variable of (history names
	 * the multi-instance body as the activity instance of every hazard's variables).
	 */
	private Map<String, Object> outcomesByExecution(ProcessInstance invitation) {
		Map<String, Object> outcomes = new HashMap<>();
		for (HistoricVariableInstance variable : historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(invitation.getId())
			.variableName(VAR_VERIFICATION_OUTCOME)
			.includeDeleted()
			.list()) {
			outcomes.put(variable.getExecutionId(), variable.getValue());
		}
		return outcomes;
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

	/** The task ended without being completed (withdrawn, moved, sent back, expired). */
	private void assertCancelled(Task task) {
		HistoricTaskInstance historic = historyService().createHistoricTaskInstanceQuery()
			.taskId(task.getId())
			.singleResult();
		Assertions.assertThat(historic.getEndTime()).as("end of %s", task.getTaskDefinitionKey()).isNotNull();
		Assertions.assertThat(historic.getDeleteReason())
			.as("%s completed", task.getTaskDefinitionKey())
			.isNotEqualTo("completed");
	}

	private void assertNoCalls() {
		Assertions.assertThat(this.deadlines.reminders.calls()).as("reminders").isEmpty();
		Assertions.assertThat(this.deadlines.breaches.calls()).as("breaches").isEmpty();
		Assertions.assertThat(this.handovers.calls()).as("hand-overs").isEmpty();
		Assertions.assertThat(this.unrated.calls()).as("closed unrated").isEmpty();
	}

	private String activityInstanceOf(Task task) {
		return historyService().createHistoricTaskInstanceQuery()
			.taskId(task.getId())
			.singleResult()
			.getActivityInstanceId();
	}

	private List<Job> timerJobs(ProcessInstance invitation) {
		return managementService().createJobQuery().processInstanceId(invitation.getId()).timers().list();
	}

	private Job timer(ProcessInstance invitation, String timerId) {
		Job job = managementService().createJobQuery()
			.processInstanceId(invitation.getId())
			.timers()
			.activityId(timerId)
			.singleResult();
		Assertions.assertThat(job).as("timer %s", timerId).isNotNull();
		return job;
	}

	private String activityOf(Job job) {
		return managementService().createJobDefinitionQuery()
			.jobDefinitionId(job.getJobDefinitionId())
			.singleResult()
			.getActivityId();
	}

	/** The timers the deployed model attaches to a task. */
	private List<String> timerDefinitionsOn(String taskKey) {
		BpmnModelInstance model = deployedModel();
		return managementService().createJobDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.list()
			.stream()
			.map(JobDefinition::getActivityId)
			.filter((id) -> model
				.getModelElementById(id) instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent event
					&& taskKey.equals(event.getAttachedTo().getId()))
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
		List<HistoricVariableInstance> variables = historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(invitation.getId())
			.variableName(name)
			.list();
		Assertions.assertThat(variables).as("variable %s", name).hasSizeLessThanOrEqualTo(1);
		return variables.isEmpty() ? null : variables.get(0).getValue();
	}

	private BpmnModelInstance deployedModel() {
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(PROCESS_KEY)
			.singleResult()
			.getId();
		return engine.getRepositoryService().getBpmnModelInstance(definitionId);
	}

	private String returnTargetOf(String taskKey) {
		return property(deployedModel().getModelElementById(taskKey), TaskProperties.RETURN_TO);
	}

	private static String property(UserTask task, String name) {
		if (task.getExtensionElements() == null) {
			return null;
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
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
		for (Field field : InvitationModel.class.getFields()) {
			boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
			if (constant && Stream.of(prefixes).anyMatch(field.getName()::startsWith)) {
				values.add((String) field.get(null));
			}
		}
		return values;
	}

}
