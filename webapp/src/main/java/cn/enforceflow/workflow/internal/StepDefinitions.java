package cn.enforceflow.workflow.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.enforceflow.processes.TaskProperties;
import cn.enforceflow.workflow.StepRules;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What the deployed models say about their user tasks ({@link StepRules}) and the key of
 * each process definition, read once per deployed definition: a definition never changes
 * once deployed.
 */
@Component
class StepDefinitions {

	private final RepositoryService repository;

	private final Map<String, StepRules> rules = new ConcurrentHashMap<>();

	private final Map<String, String> keys = new ConcurrentHashMap<>();

	StepDefinitions(RepositoryService repository) {
		this.repository = repository;
	}

	StepRules rules(String processDefinitionId, String taskKey) {
		return this.rules.computeIfAbsent(processDefinitionId + "#" + taskKey,
				(ignored) -> read(processDefinitionId, taskKey));
	}

	/** {@code invitation} for {@code invitation:3:1f2e...}. */
	String processKeyOf(String processDefinitionId) {
		return this.keys.computeIfAbsent(processDefinitionId,
				(id) -> this.repository.getProcessDefinition(id).getKey());
	}

	/** The name of a user task of the definition, or its id when it has none. */
	String nameOf(String processDefinitionId, String taskKey) {
		return rules(processDefinitionId, taskKey).name();
	}

	/** The name of a user task in the latest version of the process, or its id. */
	String nameInLatest(String processKey, String taskKey) {
		ProcessDefinition latest = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult();
		return (latest != null) ? nameOf(latest.getId(), taskKey) : taskKey;
	}

	private StepRules read(String processDefinitionId, String taskKey) {
		BpmnModelInstance model = this.repository.getBpmnModelInstance(processDefinitionId);
		if (!(model.getModelElementById(taskKey) instanceof UserTask task)) {
			return StepRules.plain(taskKey);
		}
		Map<String, String> properties = properties(task);
		Optional<String> returnTo = Optional.ofNullable(properties.get(TaskProperties.RETURN_TO))
			.filter((target) -> model.getModelElementById(target) instanceof UserTask);
		Set<String> notBy = Optional.ofNullable(properties.get(TaskProperties.NOT_BY))
			.map((list) -> Arrays.stream(list.split(","))
				.map(String::strip)
				.filter((id) -> !id.isEmpty())
				.collect(Collectors.toSet()))
			.orElse(Set.of());
		Optional<String> documentation = task.getDocumentations()
			.stream()
			.map((doc) -> doc.getTextContent().strip())
			.filter((text) -> !text.isEmpty())
			.findFirst();
		String name = (task.getName() != null) ? task.getName() : taskKey;
		return new StepRules(name, documentation, returnTo, "true".equals(properties.get(TaskProperties.CERTIFIED)),
				notBy, itemVariable(task));
	}

	/** The element variable of the nearest multi-instance sub-process around the task. */
	private static Optional<String> itemVariable(UserTask task) {
		for (ModelElementInstance parent = task.getParentElement(); parent != null; parent = parent
			.getParentElement()) {
			if (parent instanceof SubProcess subProcess
					&& subProcess.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
				return Optional.ofNullable(loop.getCamundaElementVariable());
			}
		}
		if (task.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
			return Optional.ofNullable(loop.getCamundaElementVariable());
		}
		return Optional.empty();
	}

	private static Map<String, String> properties(UserTask task) {
		ExtensionElements extensions = task.getExtensionElements();
		if (extensions == null) {
			return Map.of();
		}
		List<CamundaProperty> all = extensions.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.toList();
		Map<String, String> byName = new java.util.HashMap<>();
		all.forEach((property) -> byName.putIfAbsent(property.getCamundaName(), property.getCamundaValue()));
		return byName;
	}

}
