package cn.enforceflow.deadline.internal;

import java.util.List;

import cn.enforceflow.deadline.TaskRef;
import cn.enforceflow.workflow.WorkflowSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The open user task a deadline timer watches: the delegate runs in the service task that
 * follows the boundary timer, and the timer is attached to the task. Where the task is
 * repeated per item (one instance per hazard, each with its own deadline), the timer
 * watches its own instance only.
 */
@Component
class WatchedTasks {

	private final WorkflowSteps steps;

	WatchedTasks(WorkflowSteps steps) {
		this.steps = steps;
	}

	List<TaskRef> of(DelegateExecution execution) {
		return this.steps.watchedBy(execution)
			.stream()
			.map((step) -> new TaskRef(step.processKey(), step.processInstanceId(), step.businessKey(), step.taskId(),
					step.taskKey(), step.name(), step.assignee(), step.candidateGroups(), step.due()))
			.toList();
	}

}
