package cn.enforceflow.deadline.internal;

import java.util.List;

import cn.enforceflow.deadline.TaskRef;
import cn.enforceflow.platform.engine.TaskLinks;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The open user task a deadline timer watches: the delegate runs in the service task that
 * follows the boundary timer, and the timer is attached to the task.
 */
final class WatchedTasks {

	private WatchedTasks() {
	}

	/**
	 * The watched task's open instances in this process instance: one, unless the task is
	 * multi-instance.
	 */
	static List<TaskRef> of(DelegateExecution execution) {
		String taskDefinitionKey = attachedActivity(execution);
		ProcessEngineServices engine = execution.getProcessEngineServices();
		String processKey = engine.getRepositoryService()
			.getProcessDefinition(execution.getProcessDefinitionId())
			.getKey();
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(taskDefinitionKey)
			.list()
			.stream()
			.map((task) -> new TaskRef(processKey, execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
					task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					TaskLinks.candidateGroups(engine.getTaskService(), task.getId()),
					(task.getDueDate() != null) ? task.getDueDate().toInstant() : null))
			.toList();
	}

	private static String attachedActivity(DelegateExecution execution) {
		FlowElement element = execution.getBpmnModelElementInstance();
		if (element instanceof FlowNode node) {
			for (SequenceFlow incoming : node.getIncoming()) {
				if (incoming.getSource() instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
					return timer.getAttachedTo().getId();
				}
			}
		}
		throw new IllegalStateException("The deadline delegate in " + execution.getCurrentActivityId()
				+ " must directly follow a boundary timer on a user task (ADR 0004)");
	}

}
