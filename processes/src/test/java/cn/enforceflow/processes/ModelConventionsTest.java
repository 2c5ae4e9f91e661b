package cn.enforceflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conventions every BPMN model under {@code models/} follows, so that ids read as
 * what they are and the engine's data policy holds for every process.
 */
class ModelConventionsTest {

	private static final String MODELS = "models";

	private static final Pattern FLOW_NODE_ID = Pattern.compile(
			"^(StartEvent|EndEvent|End|UserTask|ServiceTask|Gateway|Timer|Event|Flow|Task|SubProcess|Boundary|Message|Error|Call)_[A-Z][A-Za-z0-9]*$");

	/** A due date that names a deadline policy, see {@link DeadlineModel}. */
	private static final Pattern POLICY_DUE_DATE = Pattern
		.compile("^\\$\\{deadlines\\.due(?:After|On)?\\('([a-z0-9.-]+)'(?:, [a-z][A-Za-z0-9]*)?\\)}$");

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

	/**
	 * Every due date is a deadline policy, and the task's overdue timer names the same
	 * policy, so that the two always agree; the reminder timer names it too. Both timers
	 * leave the task open and lead to the deadline delegates.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void dueDatesComeFromPoliciesWithMatchingTimers(Path model) {
		BpmnModelInstance instance = read(model);
		for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
			if (task.getCamundaDueDate() == null) {
				continue;
			}
			Matcher due = POLICY_DUE_DATE.matcher(task.getCamundaDueDate());
			assertThat(due.matches()).as("due date of %s names a deadline policy", task.getId()).isTrue();
			String policy = due.group(1);
			List<BoundaryEvent> timers = instance.getModelElementsByType(BoundaryEvent.class)
				.stream()
				.filter((event) -> event.getAttachedTo() == task)
				.toList();

			assertThat(policy).isNotBlank();
			assertThat(timers).as("overdue timer of %s", task.getId())
				.anySatisfy(
						(timer) -> assertDeadlineTimer(timer, task.getCamundaDueDate(), DeadlineModel.BREACH_DELEGATE));
			assertThat(timers).as("reminder timer of %s", task.getId())
				.anySatisfy((timer) -> assertDeadlineTimer(timer, DeadlineModel.reminderFor(task.getCamundaDueDate()),
						DeadlineModel.REMINDER_DELEGATE));
		}
	}

	private static void assertDeadlineTimer(BoundaryEvent timer, String duration, String delegate) {
		assertThat(timer.cancelActivity()).as("%s is non-interrupting", timer.getId()).isFalse();
		assertThat(timer.getEventDefinitions()).singleElement()
			.isInstanceOfSatisfying(TimerEventDefinition.class,
					(definition) -> assertThat(definition.getTimeDuration()).isNotNull()
						.extracting((d) -> d.getTextContent().strip())
						.isEqualTo(duration));
		assertThat(timer.getOutgoing()).singleElement()
			.extracting(SequenceFlow::getTarget)
			.isInstanceOfSatisfying(ServiceTask.class,
					(service) -> assertThat(service.getCamundaDelegateExpression()).isEqualTo("${" + delegate + "}"));
	}

	/**
	 * 退回 goes back along the model: the step named by {@link TaskProperties#RETURN_TO} is
	 * a user task of the same process from which this task can be reached.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void returnTargetsAreEarlierUserTasks(Path model) {
		BpmnModelInstance instance = read(model);
		for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
			for (String target : returnTargets(task)) {
				Object found = instance.getModelElementById(target);
				assertThat(found).as("%s returns to %s", task.getId(), target).isInstanceOf(UserTask.class);
				UserTask earlier = (UserTask) found;
				assertThat((Object) earlier.getParentElement()).as("%s and %s are in one process", target, task.getId())
					.isSameAs(task.getParentElement());
				assertThat(reachable(earlier)).as("%s can be reached from %s", task.getId(), target).contains(task);
			}
		}
	}

	private static List<String> returnTargets(UserTask task) {
		if (task.getExtensionElements() == null) {
			return List.of();
		}
		return task.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> TaskProperties.RETURN_TO.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.toList();
	}

	/** Every flow node reachable along sequence flows from a node, itself excluded. */
	private static Set<FlowNode> reachable(FlowNode start) {
		Set<FlowNode> seen = new HashSet<>();
		Deque<FlowNode> next = new ArrayDeque<>(start.getSucceedingNodes().list());
		while (!next.isEmpty()) {
			FlowNode node = next.pop();
			if (seen.add(node)) {
				next.addAll(node.getSucceedingNodes().list());
			}
		}
		return seen;
	}

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

	static List<Named<Path>> models() {
		URL directory = ModelConventionsTest.class.getClassLoader().getResource(MODELS);
		assertThat(directory).as("classpath directory %s", MODELS).isNotNull();
		try (Stream<Path> files = Files.walk(Path.of(directory.toURI()))) {
			return files.filter((file) -> file.toString().endsWith(".bpmn"))
				.sorted()
				.map((file) -> Named.of(file.getFileName().toString(), file))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
