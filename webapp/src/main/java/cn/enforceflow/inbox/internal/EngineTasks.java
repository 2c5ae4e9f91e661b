package cn.enforceflow.inbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The inbox's one door to the engine for work on single tasks, whatever their process:
 * read a task as the engine has it now, claim, assign, and send a task back to an earlier
 * step by process instance modification.
 */
@Component
class EngineTasks {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	EngineTasks(TaskService tasks, RuntimeService runtime, HistoryService history) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
	}

	/** The open task as the engine has it, with who may take it. */
	Optional<EngineTask> find(String taskId) {
		if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
			return Optional.empty();
		}
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return Optional.empty();
		}
		List<String> candidates = this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(EngineTasks::principalOf)
			.toList();
		return Optional.of(new EngineTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
				task.getProcessInstanceId(), task.getProcessDefinitionId(), task.getAssignee(), candidates,
				(task.getCreateTime() != null) ? task.getCreateTime().toInstant() : null,
				(task.getDueDate() != null) ? task.getDueDate().toInstant() : null, task.isSuspended()));
	}

	void claim(String taskId, String username) {
		this.tasks.claim(taskId, username);
	}

	/** Gives the task to someone, or back to its groups with null. */
	void assign(String taskId, String username) {
		this.tasks.setAssignee(taskId, username);
	}

	/** The last completed instance of a step in a case, with who completed it. */
	Optional<HistoricTaskInstance> lastCompleted(String processInstanceId, String taskKey) {
		return this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.taskDeleteReason(TaskEntity.DELETE_REASON_COMPLETED)
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst();
	}

	/**
	 * Cancels the task and starts the earlier step again in the same case: its due date,
	 * reminders and deadlines are set anew, as for any new task.
	 * @return the new task of the earlier step
	 */
	Task reopen(EngineTask task, String earlierTaskKey) {
		String activityInstanceId = this.history.createHistoricTaskInstanceQuery()
			.taskId(task.id())
			.singleResult()
			.getActivityInstanceId();
		this.runtime.createProcessInstanceModification(task.processInstanceId())
			.cancelActivityInstance(activityInstanceId)
			.startBeforeActivity(earlierTaskKey)
			.setAnnotation("returned")
			.execute();
		return this.tasks.createTaskQuery()
			.processInstanceId(task.processInstanceId())
			.taskDefinitionKey(earlierTaskKey)
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, 1)
			.get(0);
	}

	private static String principalOf(IdentityLink link) {
		return (link.getGroupId() != null) ? Principal.group(link.getGroupId()) : Principal.user(link.getUserId());
	}

	/** An open task as the engine has it. */
	record EngineTask(String id, String name, String taskKey, String processInstanceId, String processDefinitionId,
			String assignee, List<String> candidates, Instant created, Instant due, boolean suspended) {

		boolean assignedTo(String username) {
			return username.equals(this.assignee);
		}

		boolean offeredToAnyOf(List<String> principals) {
			return this.candidates.stream().anyMatch(principals::contains);
		}

	}

}
