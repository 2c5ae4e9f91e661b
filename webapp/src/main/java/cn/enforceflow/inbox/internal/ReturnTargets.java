package cn.enforceflow.inbox.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.enforceflow.processes.TaskProperties;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Where the models allow 退回: the {@value TaskProperties#RETURN_TO} property of a user
 * task names the earlier step it may go back to. Read once per deployed model.
 */
@Component
class ReturnTargets {

	private final RepositoryService repository;

	private final Map<String, Optional<Step>> byTask = new ConcurrentHashMap<>();

	ReturnTargets(RepositoryService repository) {
		this.repository = repository;
	}

	/** The step a task of this definition may be sent back to, with its name. */
	Optional<Step> of(String processDefinitionId, String taskKey) {
		if (processDefinitionId == null || taskKey == null) {
			return Optional.empty();
		}
		return this.byTask.computeIfAbsent(processDefinitionId + "#" + taskKey, (key) -> {
			BpmnModelInstance model = this.repository.getBpmnModelInstance(processDefinitionId);
			if (!(model.getModelElementById(taskKey) instanceof UserTask task)) {
				return Optional.empty();
			}
			return returnTo(task).map(model::getModelElementById)
				.filter(UserTask.class::isInstance)
				.map(UserTask.class::cast)
				.map((target) -> new Step(target.getId(), target.getName()));
		});
	}

	/** The documentation of a user task: one sentence saying what the step is for. */
	Optional<String> documentationOf(String processDefinitionId, String taskKey) {
		BpmnModelInstance model = this.repository.getBpmnModelInstance(processDefinitionId);
		if (model.getModelElementById(taskKey) instanceof UserTask task) {
			return task.getDocumentations().stream().map((doc) -> doc.getTextContent().strip()).findFirst();
		}
		return Optional.empty();
	}

	private static Optional<String> returnTo(UserTask task) {
		ExtensionElements extensions = task.getExtensionElements();
		if (extensions == null) {
			return Optional.empty();
		}
		return extensions.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((properties) -> properties.getCamundaProperties().stream())
			.filter((property) -> TaskProperties.RETURN_TO.equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst();
	}

	/** A user task of a model: its id and name. */
	record Step(String taskKey, String name) {

	}

}
