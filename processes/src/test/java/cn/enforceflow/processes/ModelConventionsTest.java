package cn.enforceflow.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.enforceflow.processes.exemption.ExemptionModel;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conventions every BPMN model under {@code models/} follows, so that ids read as
 * what they are, deadlines and their timers agree, the workflow layer's task properties
 * name real steps, and the engine's data policy holds for every process. Each check that
 * could pass vacuously is also shown to fail on a model that breaks it.
 */
class ModelConventionsTest {

	private static final String MODELS = "models";

	/** The constants class of each model, found by its {@code RESOURCE}. */
	private static final List<Class<?>> MODEL_CLASSES = List.of(InvitationModel.class, ExemptionModel.class);

	/** A fixture with four-eyes steps across a sub-process, and a second process. */
	private static final String FOUR_EYES_FIXTURE = "conventions/four-eyes.bpmn";

	private static final Pattern FLOW_NODE_ID = Pattern.compile(
			"^(StartEvent|EndEvent|End|UserTask|ServiceTask|Gateway|Timer|Event|Flow|Task|SubProcess|Boundary|Message|Error|Call)_[A-Z][A-Za-z0-9]*$");

	private static final String IDENTIFIER = "[a-z][A-Za-z0-9]*";

	private static final String ARGUMENT = "(?:" + IDENTIFIER + "|'[^']*')";

	/**
	 * The day a deadline counts from or ends on: a variable of the case
	 * ({@code acceptedOn}), or what a bean answers for one
	 * ({@code invitationHazards.deadline(hazard)}). Never a literal date.
	 */
	private static final String DAY = IDENTIFIER + "(?:\\." + IDENTIFIER + "\\((?:" + ARGUMENT + "(?:, " + ARGUMENT
			+ ")*)?\\))?";

	private static final String POLICY = "'([a-z0-9.-]+)'";

	/**
	 * A due date that names a deadline policy, see {@link DeadlineModel}: {@code due}
	 * with the policy alone, {@code dueAfter} and {@code dueOn} with a day.
	 */
	private static final Pattern POLICY_DUE_DATE = Pattern
		.compile("^\\$\\{" + Pattern.quote(DeadlineModel.POLICIES_BEAN) + "\\.(?:due\\(" + POLICY
				+ "\\)|due(?:After|On)\\(" + POLICY + ", " + DAY + "\\))}$");

	/**
	 * An officer's step: assigned to an officer named by a variable of the case
	 * ({@code leadOfficer}, or {@code officer} in a case one officer registered).
	 */
	private static final Pattern OFFICER_ASSIGNEE = Pattern.compile("^\\$\\{(?:[a-z][A-Za-z0-9]*Officer|officer)}$");

	private static final String MESSAGE_CONSTANT_PREFIX = "MESSAGE_";

	private static final Pattern SEQUENCE_FLOW_ID = Pattern.compile("^Flow_[A-Z][A-Za-z0-9]*$");

	/**
	 * What bpmn-js and the Camunda Modeler generate after the underscore, e.g. 0abc123.
	 */
	private static final Pattern GENERATED_SUFFIX = Pattern.compile("^(?=.*[0-9])[a-z0-9]{7}$");

	@Test
	void modelsAreFound() {
		assertThat(models()).isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void everyProcessIsExecutableWithHistoryTimeToLive(Path model) {
		Collection<org.camunda.bpm.model.bpmn.instance.Process> processes = read(model)
			.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class);

		assertThat(processes).isNotEmpty().allSatisfy((process) -> {
			assertThat(process.isExecutable()).as("%s is executable", process.getId()).isTrue();
			assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of %s", process.getId())
				.isNotBlank();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void everyUserTaskIsDocumented(Path model) {
		Collection<UserTask> userTasks = read(model).getModelElementsByType(UserTask.class);

		assertThat(userTasks)
			.allSatisfy((task) -> assertThat(task.getDocumentations()).as("documentation of %s", task.getId())
				.extracting(Documentation::getTextContent)
				.anySatisfy((text) -> assertThat(text).isNotBlank()));
	}

	// Deadlines

	/**
	 * Every due date is a deadline policy, and the task's timers repeat its expression,
	 * so that the two always agree: a non-interrupting reminder leading to the reminder
	 * delegate, and a non-interrupting overdue timer leading to the breach delegate — or,
	 * for an {@link TaskProperties#OPTIONAL optional} step, an interrupting timer that
	 * ends the wait and leads on to a service task that is not a breach, and no breach
	 * timer at all.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void dueDatesComeFromPoliciesWithMatchingTimers(Path model) {
		assertDeadlines(read(model));
	}

	@ParameterizedTest
	@ValueSource(strings = { "${deadlines.due('invitation.accept')}",
			"${deadlines.dueAfter('invitation.schedule', acceptedOn)}",
			"${deadlines.dueAfter('invitation.record', visitDate)}",
			"${deadlines.dueOn('invitation.rectify', invitationHazards.deadline(hazard))}",
			"${deadlines.dueOn('referral.report', decisions.reportDue(decision, 'P60D'))}",
			"${deadlines.dueOn('exemption.correct', correctionDeadline)}",
			"${deadlines.dueAfter('exemption.serve', approvedOn)}", "${deadlines.due('exemption.legal-review')}" })
	void dueDatesNamingAPolicyAreAccepted(String dueDate) {
		assertThat(policyOf(dueDate)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "P2D", "${dueDate}", "${deadlines.due('invitation.accept', acceptedOn)}",
			"${deadlines.dueAfter('invitation.schedule')}", "${deadlines.dueAfter(policy, acceptedOn)}",
			"${deadlines.dueAfter('Invitation.Schedule', acceptedOn)}",
			"${deadlines.dueOn('invitation.rectify', '2026-03-20')}",
			"${deadlines.dueOn('invitation.rectify', invitationHazards.deadline(hazard)}",
			"${deadlines.dueOn('invitation.rectify', invitationHazards.deadline(hazard).plusDays(1))}",
			"${deadlines.dueOn('invitation.rectify', invitationHazards.deadline(hazard), visitDate)}",
			"${calendar.due('invitation.accept')}" })
	void dueDatesNotNamingAPolicyAreRejected(String dueDate) {
		assertThat(policyOf(dueDate)).isEmpty();
	}

	/** The deadline check fails on a model whose timers or policies do not agree. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("modelsWithBrokenDeadlines")
	void deadlineCheckRejects(Consumer<BpmnModelInstance> breakModel) {
		BpmnModelInstance invitation = read(invitationModel());
		breakModel.accept(invitation);

		assertThatThrownBy(() -> assertDeadlines(invitation)).isInstanceOf(AssertionError.class);
	}

	static Stream<Named<Consumer<BpmnModelInstance>>> modelsWithBrokenDeadlines() {
		return Stream.of(
				Named.of("a due date from a literal day",
						(model) -> userTask(model, InvitationModel.TASK_RECORD_INSPECTION)
							.setCamundaDueDate("${deadlines.dueAfter('invitation.record', '2026-03-05')}")),
				Named.of("an overdue timer counted from the task, the due date from the visit",
						(model) -> timerDefinition(model, InvitationModel.Step.INSPECTION_RECORD.overdueTimer())
							.getTimeDuration()
							.setTextContent("${deadlines.due('invitation.record')}")),
				Named.of("a hazard's reminder of another day",
						(model) -> timerDefinition(model, InvitationModel.Step.RECTIFICATION_REPORT.reminderTimer())
							.getTimeDuration()
							.setTextContent("${deadlines.reminderOn('invitation.rectify', visitDate)}")),
				Named.of("the optional rating's expiry not interrupting",
						(model) -> model.<BoundaryEvent>getModelElementById(InvitationModel.TIMER_RATING_EXPIRED)
							.setCancelActivity(false)),
				Named.of("the optional rating's expiry recording a breach",
						(model) -> model.<ServiceTask>getModelElementById(InvitationModel.TASK_CLOSE_UNRATED)
							.setCamundaDelegateExpression("${" + DeadlineModel.BREACH_DELEGATE + "}")),
				Named.of("the rating no longer optional, still without an overdue timer",
						(model) -> setProperty(userTask(model, InvitationModel.TASK_RATE_SERVICE),
								TaskProperties.OPTIONAL, "false")));
	}

	static void assertDeadlines(BpmnModelInstance instance) {
		for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
			String dueDate = task.getCamundaDueDate();
			boolean optional = "true".equals(property(task, TaskProperties.OPTIONAL).orElse(null));
			if (dueDate == null) {
				assertThat(optional).as("optional %s has a due date to end its wait", task.getId()).isFalse();
				continue;
			}
			assertThat(policyOf(dueDate)).as("due date of %s names a deadline policy", task.getId()).isPresent();
			List<BoundaryEvent> timers = timersOn(task);
			assertThat(timers).as("reminder timer of %s", task.getId())
				.anySatisfy((timer) -> assertDeadlineTimer(timer, false, DeadlineModel.reminderFor(dueDate),
						DeadlineModel.REMINDER_DELEGATE));
			if (optional) {
				assertThat(timers).as("interrupting expiry timer of optional %s", task.getId())
					.anySatisfy((timer) -> assertExpiryTimer(timer, dueDate));
				assertThat(timers).as("breach timers of optional %s", task.getId())
					.filteredOn((timer) -> leadsToDelegate(timer, DeadlineModel.BREACH_DELEGATE))
					.isEmpty();
			}
			else {
				assertThat(timers).as("overdue timer of %s", task.getId())
					.anySatisfy((timer) -> assertDeadlineTimer(timer, false, dueDate, DeadlineModel.BREACH_DELEGATE));
			}
		}
	}

	private static void assertDeadlineTimer(BoundaryEvent timer, boolean interrupting, String duration,
			String delegate) {
		assertThat(timer.cancelActivity()).as("%s interrupts", timer.getId()).isEqualTo(interrupting);
		assertTimeDuration(timer, duration);
		assertThat(timer.getOutgoing()).singleElement()
			.extracting(SequenceFlow::getTarget)
			.isInstanceOfSatisfying(ServiceTask.class,
					(service) -> assertThat(service.getCamundaDelegateExpression()).isEqualTo("${" + delegate + "}"));
	}

	private static void assertExpiryTimer(BoundaryEvent timer, String dueDate) {
		assertThat(timer.cancelActivity()).as("%s interrupts", timer.getId()).isTrue();
		assertTimeDuration(timer, dueDate);
		assertThat(timer.getOutgoing()).singleElement()
			.extracting(SequenceFlow::getTarget)
			.isInstanceOfSatisfying(ServiceTask.class,
					(service) -> assertThat(service.getCamundaDelegateExpression())
						.as("delegate of %s", service.getId())
						.isNotNull()
						.isNotEqualTo("${" + DeadlineModel.BREACH_DELEGATE + "}"));
	}

	private static void assertTimeDuration(BoundaryEvent timer, String duration) {
		assertThat(timer.getEventDefinitions()).singleElement()
			.isInstanceOfSatisfying(TimerEventDefinition.class,
					(definition) -> assertThat(definition.getTimeDuration()).as("duration of %s", timer.getId())
						.isNotNull()
						.extracting((d) -> d.getTextContent().strip())
						.isEqualTo(duration));
	}

	private static boolean leadsToDelegate(BoundaryEvent timer, String delegate) {
		return timer.getOutgoing()
			.stream()
			.map(SequenceFlow::getTarget)
			.anyMatch((target) -> target instanceof ServiceTask service
					&& ("${" + delegate + "}").equals(service.getCamundaDelegateExpression()));
	}

	private static List<BoundaryEvent> timersOn(UserTask task) {
		return task.getModelInstance()
			.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.filter((event) -> event.getAttachedTo() == task)
			.filter((event) -> event.getEventDefinitions()
				.stream()
				.anyMatch((definition) -> definition instanceof TimerEventDefinition))
			.toList();
	}

	private static Optional<String> policyOf(String dueDate) {
		Matcher due = POLICY_DUE_DATE.matcher(dueDate);
		if (!due.matches()) {
			return Optional.empty();
		}
		return Optional.of((due.group(1) != null) ? due.group(1) : due.group(2));
	}

	// Task properties of the workflow layer

	/**
	 * 退回 goes back along the model: the step named by {@link TaskProperties#RETURN_TO} is
	 * a user task of the same process from which this task can be reached.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void returnTargetsAreEarlierUserTasks(Path model) {
		BpmnModelInstance instance = read(model);
		for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
			for (String target : properties(task, TaskProperties.RETURN_TO)) {
				Object found = instance.getModelElementById(target);
				assertThat(found).as("%s returns to %s", task.getId(), target).isInstanceOf(UserTask.class);
				UserTask earlier = (UserTask) found;
				assertThat((Object) processOf(earlier)).as("%s and %s are in one process", target, task.getId())
					.isSameAs(processOf(task));
				assertThat(reachable(earlier)).as("%s can be reached from %s", task.getId(), target).contains(task);
			}
		}
	}

	/**
	 * An officer's step — a task assigned to the lead (or another) officer of the case —
	 * demands a valid enforcement certificate of whoever takes it.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void officerStepsDemandACertificate(Path model) {
		assertOfficerStepsCertified(read(model));
	}

	@Test
	void officerStepWithoutCertificateIsRejected() {
		BpmnModelInstance invitation = read(invitationModel());
		UserTask record = userTask(invitation, InvitationModel.TASK_RECORD_INSPECTION);
		assertThat(record.getCamundaAssignee()).isEqualTo("${" + InvitationModel.VAR_LEAD_OFFICER + "}");
		setProperty(record, TaskProperties.CERTIFIED, "false");

		assertThatThrownBy(() -> assertOfficerStepsCertified(invitation)).isInstanceOf(AssertionError.class)
			.hasMessageContaining(InvitationModel.TASK_RECORD_INSPECTION);
	}

	@Test
	void stepOfTheRegisteringOfficerWithoutCertificateIsRejected() {
		BpmnModelInstance exemption = read(classpathPath(ExemptionModel.RESOURCE));
		UserTask proposal = userTask(exemption, ExemptionModel.TASK_PROPOSE_EXEMPTION);
		assertThat(proposal.getCamundaAssignee()).isEqualTo("${" + ExemptionModel.VAR_OFFICER + "}");
		setProperty(proposal, TaskProperties.CERTIFIED, "false");

		assertThatThrownBy(() -> assertOfficerStepsCertified(exemption)).isInstanceOf(AssertionError.class)
			.hasMessageContaining(ExemptionModel.TASK_PROPOSE_EXEMPTION);
	}

	static void assertOfficerStepsCertified(BpmnModelInstance instance) {
		for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
			if (task.getCamundaAssignee() != null && OFFICER_ASSIGNEE.matcher(task.getCamundaAssignee()).matches()) {
				assertThat(properties(task, TaskProperties.CERTIFIED))
					.as("%s of %s", TaskProperties.CERTIFIED, task.getId())
					.containsExactly("true");
			}
		}
	}

	/**
	 * Four eyes: the steps named by {@link TaskProperties#NOT_BY} are other user tasks of
	 * the same process that come before this one (it can be reached from each of them).
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void fourEyesStepsNameEarlierUserTasks(Path model) {
		assertFourEyes(read(model));
	}

	@Test
	void fourEyesFixtureNamesEarlierUserTasksAcrossASubProcess() {
		BpmnModelInstance fixture = fixture(FOUR_EYES_FIXTURE);
		assertThat(properties(userTask(fixture, "UserTask_ApproveDecision"), TaskProperties.NOT_BY))
			.containsExactly("UserTask_ProposeDecision, UserTask_ReviewDecision");

		assertFourEyes(fixture);
		assertOfficerStepsCertified(fixture);
	}

	@ParameterizedTest(name = "notBy=\"{0}\"")
	@ValueSource(strings = { "UserTask_ApproveDecision", "UserTask_ReviewDecision", "UserTask_Missing",
			"ServiceTask_Notify", "UserTask_Elsewhere", "", "UserTask_ProposeDecision,",
			"UserTask_ProposeDecision, UserTask_Missing" })
	void fourEyesNamingAnythingButEarlierUserTasksIsRejected(String notBy) {
		BpmnModelInstance fixture = fixture(FOUR_EYES_FIXTURE);
		setProperty(userTask(fixture, "UserTask_ReviewDecision"), TaskProperties.NOT_BY, notBy);

		assertThatThrownBy(() -> assertFourEyes(fixture)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("UserTask_ReviewDecision");
	}

	static void assertFourEyes(BpmnModelInstance instance) {
		for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
			for (String value : properties(task, TaskProperties.NOT_BY)) {
				for (String earlierId : Objects.toString(value, "").split(",", -1)) {
					String id = earlierId.strip();
					assertThat(id).as("%s of %s names a step", TaskProperties.NOT_BY, task.getId())
						.isNotEmpty()
						.isNotEqualTo(task.getId());
					ModelElementInstance found = instance.getModelElementById(id);
					assertThat(found).as("%s of %s: %s is a user task", TaskProperties.NOT_BY, task.getId(), id)
						.isInstanceOf(UserTask.class);
					UserTask earlier = (UserTask) found;
					assertThat((Object) processOf(earlier)).as("%s and %s are in one process", id, task.getId())
						.isSameAs(processOf(task));
					assertThat(reachable(earlier)).as("%s comes after %s", task.getId(), id).contains(task);
				}
			}
		}
	}

	// Messages

	/**
	 * An interrupting message event ends a step from outside (the enterprise withdraws,
	 * the visit is moved): the application correlates it by a name from the model's
	 * constants class, so the two cannot drift apart.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void interruptingMessageEventsNameMessagesOfTheModelClass(Path model) {
		assertInterruptingMessagesNamed(read(model), messageConstants(modelClass(model)));
	}

	@Test
	void interruptingMessageNotInTheModelClassIsRejected() {
		BpmnModelInstance invitation = read(invitationModel());
		messageOf(invitation, InvitationModel.EVENT_VISIT_MOVED).getMessage().setName("visitChanged");

		assertThatThrownBy(() -> assertInterruptingMessagesNamed(invitation, messageConstants(InvitationModel.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(InvitationModel.EVENT_VISIT_MOVED);
	}

	@Test
	void interruptingMessageEventWithoutMessageIsRejected() {
		BpmnModelInstance invitation = read(invitationModel());
		messageOf(invitation, InvitationModel.EVENT_WITHDRAWN).removeAttribute("messageRef");

		assertThatThrownBy(() -> assertInterruptingMessagesNamed(invitation, messageConstants(InvitationModel.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining(InvitationModel.EVENT_WITHDRAWN);
	}

	static void assertInterruptingMessagesNamed(BpmnModelInstance instance, Set<String> messageNames) {
		for (BoundaryEvent event : instance.getModelElementsByType(BoundaryEvent.class)) {
			if (!event.cancelActivity()) {
				continue;
			}
			for (MessageEventDefinition definition : event.getChildElementsByType(MessageEventDefinition.class)) {
				assertThat(definition.getMessage()).as("message of %s", event.getId()).isNotNull();
				assertThat(definition.getMessage().getName()).as("message name of %s", event.getId())
					.isIn(messageNames);
			}
		}
	}

	private static MessageEventDefinition messageOf(BpmnModelInstance instance, String eventId) {
		return instance.<BoundaryEvent>getModelElementById(eventId)
			.getChildElementsByType(MessageEventDefinition.class)
			.iterator()
			.next();
	}

	/** The values of the class's {@code MESSAGE_} constants. */
	private static Set<String> messageConstants(Class<?> modelClass) {
		Set<String> names = new HashSet<>();
		for (Field field : modelClass.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
					&& field.getType() == String.class && field.getName().startsWith(MESSAGE_CONSTANT_PREFIX)) {
				try {
					names.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return names;
	}

	/** The constants class whose {@code RESOURCE} is this model. */
	private static Class<?> modelClass(Path model) {
		String resource = MODELS + "/" + modelsDirectory().relativize(model).toString().replace('\\', '/');
		Optional<Class<?>> found = MODEL_CLASSES.stream()
			.filter((modelClass) -> resource.equals(constant(modelClass, "RESOURCE")))
			.findFirst();
		assertThat(found).as("constants class of %s (add it to MODEL_CLASSES)", resource).isPresent();
		return found.get();
	}

	private static Object constant(Class<?> modelClass, String name) {
		try {
			return modelClass.getField(name).get(null);
		}
		catch (NoSuchFieldException | IllegalAccessException ex) {
			return null;
		}
	}

	// Ids

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void flowNodeIdsAreTyped(Path model) {
		Collection<FlowNode> flowNodes = read(model).getModelElementsByType(FlowNode.class);

		assertThat(flowNodes).isNotEmpty()
			.extracting(FlowNode::getId)
			.allSatisfy((id) -> assertThat(isTyped(id, FLOW_NODE_ID)).as("flow node id %s", id).isTrue());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void sequenceFlowIdsAreReadable(Path model) {
		Collection<SequenceFlow> sequenceFlows = read(model).getModelElementsByType(SequenceFlow.class);

		assertThat(sequenceFlows).isNotEmpty()
			.extracting(SequenceFlow::getId)
			.allSatisfy((id) -> assertThat(isTyped(id, SEQUENCE_FLOW_ID)).as("sequence flow id %s", id).isTrue());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Activity_0abc123", "Gateway_1x2y3z4", "Flow_0k3j2l1", "Gateway_1x2y3z", "Event_1",
			"UserTask_acceptInvitation", "Task", "Activity_AcceptInvitation" })
	void generatedOrUntypedIdsAreRejected(String id) {
		assertThat(isTyped(id, FLOW_NODE_ID)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UserTask_AcceptInvitation", "Gateway_HazardsFound", "End_Closed", "Timer_AcceptOverdue",
			"Flow_ToStep2" })
	void readableTypedIdsAreAccepted(String id) {
		assertThat(isTyped(id, FLOW_NODE_ID)).isTrue();
	}

	private static boolean isTyped(String id, Pattern pattern) {
		String suffix = id.substring(id.indexOf('_') + 1);
		return pattern.matcher(id).matches() && !GENERATED_SUFFIX.matcher(suffix).matches();
	}

	// The model graph

	/**
	 * Every flow node reachable from a node, itself excluded unless it is on a loop:
	 * along sequence flows, onto the boundary events of an activity, into a sub-process
	 * from its start events and out of it from its end events.
	 */
	private static Set<FlowNode> reachable(FlowNode start) {
		Set<FlowNode> seen = new HashSet<>();
		Deque<FlowNode> next = new ArrayDeque<>(successors(start));
		while (!next.isEmpty()) {
			FlowNode node = next.pop();
			if (seen.add(node)) {
				next.addAll(successors(node));
			}
		}
		return seen;
	}

	private static List<FlowNode> successors(FlowNode node) {
		List<FlowNode> successors = new ArrayList<>(node.getSucceedingNodes().list());
		node.getModelInstance()
			.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.filter((event) -> event.getAttachedTo() == node)
			.forEach(successors::add);
		if (node instanceof SubProcess subProcess) {
			successors.addAll(subProcess.getChildElementsByType(StartEvent.class));
		}
		if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess subProcess) {
			successors.addAll(subProcess.getSucceedingNodes().list());
		}
		return successors;
	}

	private static ModelElementInstance processOf(FlowNode node) {
		ModelElementInstance element = node.getParentElement();
		while (!(element instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
			element = element.getParentElement();
		}
		return element;
	}

	// Properties

	/** Every value of a {@code camunda:property} of the task with this name. */
	private static List<String> properties(UserTask task, String name) {
		return camundaProperties(task).stream()
			.filter((property) -> name.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.toList();
	}

	private static Optional<String> property(UserTask task, String name) {
		return properties(task, name).stream().findFirst();
	}

	private static List<CamundaProperty> camundaProperties(UserTask task) {
		if (task.getExtensionElements() == null) {
			return List.of();
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.toList();
	}

	/** Sets an existing property of a task, as a broken model would have it. */
	private static void setProperty(UserTask task, String name, String value) {
		List<CamundaProperty> found = camundaProperties(task).stream()
			.filter((property) -> name.equals(property.getCamundaName()))
			.toList();
		assertThat(found).as("property %s of %s", name, task.getId()).isNotEmpty();
		found.forEach((property) -> property.setCamundaValue(value));
	}

	private static UserTask userTask(BpmnModelInstance instance, String id) {
		return instance.getModelElementById(id);
	}

	private static TimerEventDefinition timerDefinition(BpmnModelInstance instance, String timerId) {
		return instance.<BoundaryEvent>getModelElementById(timerId)
			.getChildElementsByType(TimerEventDefinition.class)
			.iterator()
			.next();
	}

	// Models

	static List<Named<Path>> models() {
		try (Stream<Path> files = Files.walk(modelsDirectory())) {
			return files.filter((file) -> file.toString().endsWith(".bpmn"))
				.sorted()
				.map((file) -> Named.of(file.getFileName().toString(), file))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path modelsDirectory() {
		return classpathPath(MODELS);
	}

	private static Path invitationModel() {
		return classpathPath(InvitationModel.RESOURCE);
	}

	private static BpmnModelInstance fixture(String resource) {
		return read(classpathPath(resource));
	}

	private static Path classpathPath(String resource) {
		URL url = ModelConventionsTest.class.getClassLoader().getResource(resource);
		assertThat(url).as("classpath resource %s", resource).isNotNull();
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static BpmnModelInstance read(Path model) {
		try (InputStream in = Files.newInputStream(model)) {
			return Bpmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
