package cn.enforceflow.workflow.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepRules;
import cn.enforceflow.workflow.TaskConflictException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * The workflow layer's one door to the engine: reads tasks as the engine has them now,
 * with who may take them and the item they are for, and changes them. A concurrent change
 * to the same task by someone else becomes a {@link TaskConflictException}.
 */
@Component
class EngineSteps {

	/** Task ids are UUIDs or the engine's numbers: anything longer names no task. */
	private static final int MAX_TASK_ID = 64;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final ManagementService management;

	private final StepDefinitions definitions;

	private final IdentityService identity;

	EngineSteps(TaskService tasks, RuntimeService runtime, HistoryService history, ManagementService management,
			StepDefinitions definitions, IdentityService identity) {
		this.identity = identity;
		this.tasks = tasks;
		this.runtime = runtime;
		this.history = history;
		this.management = management;
		this.definitions = definitions;
	}

	/**
	 * The engine records the signed-in user of the thread as the starter: the starter is
	 * signed in for the start, and whoever was before is signed in again after.
	 */
	String start(String starter, String processKey, String businessKey, Map<String, Object> variables) {
		Authentication before = this.identity.getCurrentAuthentication();
		this.identity.setAuthenticatedUserId(starter);
		try {
			return this.runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
		}
		finally {
			if (before != null) {
				this.identity.setAuthentication(before);
			}
			else {
				this.identity.clearAuthentication();
			}
		}
	}

	Optional<OpenStep> find(String taskId) {
		if (taskId == null || taskId.isBlank() || taskId.length() > MAX_TASK_ID) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.tasks.createTaskQuery().taskId(taskId).singleResult())
			.map((task) -> step(task, null));
	}

	List<OpenStep> open(String processKey, String businessKey, String taskKey) {
		if (businessKey == null) {
			return List.of();
		}
		return this.tasks.createTaskQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map((task) -> step(task, businessKey))
			.toList();
	}

	/**
	 * The task as the engine has it now, read with a row lock held to the end of the
	 * transaction: a second person acting on it waits here for the first, then reads what
	 * the first did. Empty once the task is gone.
	 */
	Optional<OpenStep> lock(OpenStep step) {
		NativeTaskQuery query = this.tasks.createNativeTaskQuery()
			.sql("select RES.* from " + this.management.getTableName(Task.class)
					+ " RES where RES.ID_ = #{id} for update")
			.parameter("id", step.taskId());
		return Optional.ofNullable(change(query::singleResult)).map((task) -> step(task, step.businessKey()));
	}

	void claim(String taskId, String username) {
		this.tasks.claim(taskId, username);
	}

	/** Gives the task to someone, or back to its queue with null. */
	void assign(String taskId, String username) {
		this.tasks.setAssignee(taskId, username);
	}

	void complete(String taskId, Map<String, Object> variables) {
		this.tasks.complete(taskId, variables);
	}

	/** Who completed the step last in the case. */
	Optional<String> lastPerformer(String processInstanceId, String taskKey) {
		return this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(taskKey)
			.taskDeleteReason(TaskEntity.DELETE_REASON_COMPLETED)
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.map(HistoricTaskInstance::getAssignee);
	}

	/** Whether the person completed any of these steps in the case. */
	boolean performedAny(String processInstanceId, Set<String> taskKeys, String username) {
		return this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
			.taskAssignee(username)
			.taskDeleteReason(TaskEntity.DELETE_REASON_COMPLETED)
			.count() > 0;
	}

	/**
	 * Cancels the step and starts the earlier one again in the same case: its due date,
	 * reminders and deadlines are set anew, as for any new task.
	 * @return the new task of the earlier step
	 */
	OpenStep reopen(OpenStep step, String earlierTaskKey) {
		String activityInstanceId = this.history.createHistoricTaskInstanceQuery()
			.taskId(step.taskId())
			.singleResult()
			.getActivityInstanceId();
		this.runtime.createProcessInstanceModification(step.processInstanceId())
			.cancelActivityInstance(activityInstanceId)
			.startBeforeActivity(earlierTaskKey)
			.setAnnotation("returned")
			.execute();
		Task created = this.tasks.createTaskQuery()
			.processInstanceId(step.processInstanceId())
			.taskDefinitionKey(earlierTaskKey)
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, 1)
			.get(0);
		return step(created, step.businessKey());
	}

	/**
	 * The tasks among these whose case is on hold, by primary key: a native query, as the
	 * engine's task query builds its statement from dozens of optional criteria, which
	 * costs more than the lookup itself (ADR 0006).
	 */
	Set<String> suspended(Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return Set.of();
		}
		NativeTaskQuery query = this.tasks.createNativeTaskQuery();
		StringBuilder ids = new StringBuilder();
		int i = 0;
		for (String id : taskIds) {
			ids.append((i > 0) ? ", " : "").append("#{id").append(i).append('}');
			query.parameter("id" + i, id);
			i++;
		}
		return query
			.sql("select RES.* from " + this.management.getTableName(Task.class) + " RES where RES.ID_ in (" + ids
					+ ") and RES.SUSPENSION_STATE_ = " + SuspensionState.SUSPENDED.getStateCode())
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toCollection(HashSet::new));
	}

	/**
	 * The activity instances of the watched task that share the timer path's parent
	 * scope: a boundary timer's path runs in the scope that holds the task it is attached
	 * to, so with one instance per item each timer finds its own.
	 */
	List<OpenStep> watchedBy(DelegateExecution path) {
		String taskKey = attachedTask(path);
		ActivityInstance tree = this.runtime.getActivityInstance(path.getProcessInstanceId());
		ActivityInstance scope = find(tree, path.getParentActivityInstanceId());
		List<String> instances = new ArrayList<>();
		for (ActivityInstance child : ((scope != null) ? scope : tree).getChildActivityInstances()) {
			if (taskKey.equals(child.getActivityId())) {
				instances.add(child.getId());
			}
		}
		if (instances.isEmpty()) {
			return List.of();
		}
		return this.tasks.createTaskQuery()
			.processInstanceId(path.getProcessInstanceId())
			.activityInstanceIdIn(instances.toArray(String[]::new))
			.list()
			.stream()
			.map((task) -> step(task, path.getProcessBusinessKey()))
			.toList();
	}

	private static ActivityInstance find(ActivityInstance node, String id) {
		if (node == null || id == null) {
			return null;
		}
		if (id.equals(node.getId())) {
			return node;
		}
		for (ActivityInstance child : node.getChildActivityInstances()) {
			ActivityInstance found = find(child, id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String attachedTask(DelegateExecution path) {
		FlowElement element = path.getBpmnModelElementInstance();
		if (element instanceof FlowNode node) {
			for (SequenceFlow incoming : node.getIncoming()) {
				if (incoming.getSource() instanceof BoundaryEvent timer && timer.getAttachedTo() != null) {
					return timer.getAttachedTo().getId();
				}
			}
		}
		throw new IllegalStateException("The deadline delegate in " + path.getCurrentActivityId()
				+ " must directly follow a boundary timer on a user task (ADR 0004)");
	}

	boolean isOpenIn(String taskId, String businessKey) {
		return taskId != null && businessKey != null && taskId.length() <= MAX_TASK_ID
				&& this.tasks.createTaskQuery().taskId(taskId).processInstanceBusinessKey(businessKey).count() == 1;
	}

	List<OpenStep> page(int first, int max) {
		List<Task> page = this.tasks.createTaskQuery().orderByTaskId().asc().listPage(first, max);
		Map<String, String> businessKeys = new HashMap<>();
		Set<String> instances = page.stream()
			.map(Task::getProcessInstanceId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		if (!instances.isEmpty()) {
			for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
				.processInstanceIds(instances)
				.list()) {
				if (instance.getBusinessKey() != null) {
					businessKeys.put(instance.getId(), instance.getBusinessKey());
				}
			}
		}
		List<OpenStep> steps = new ArrayList<>();
		for (Task task : page) {
			steps.add(step(task, businessKeys.get(task.getProcessInstanceId())));
		}
		return steps;
	}

	/**
	 * Runs a change on the engine; a concurrent change by someone else to the same task
	 * becomes a conflict the user can understand.
	 */
	<T> T change(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (OptimisticLockingException | TaskAlreadyClaimedException | ConcurrencyFailureException ex) {
			throw new TaskConflictException();
		}
		catch (SuspendedEntityInteractionException ex) {
			throw new TaskConflictException("inbox.task.suspended");
		}
		catch (org.camunda.bpm.engine.exception.NullValueException
				| org.camunda.bpm.engine.exception.NotFoundException ex) {
			// finished by someone else between our read and the engine's
			throw new TaskConflictException();
		}
		catch (ProcessEngineException ex) {
			if (ex.getCause() instanceof ConcurrencyFailureException) {
				throw new TaskConflictException();
			}
			throw ex;
		}
	}

	void change(Runnable change) {
		change(() -> {
			change.run();
			return null;
		});
	}

	private OpenStep step(Task task, String businessKey) {
		String processKey = (task.getProcessDefinitionId() != null)
				? this.definitions.processKeyOf(task.getProcessDefinitionId()) : null;
		String key = businessKey;
		if (key == null && task.getProcessInstanceId() != null) {
			ProcessInstance instance = this.runtime.createProcessInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.singleResult();
			key = (instance != null) ? instance.getBusinessKey() : null;
		}
		List<String> users = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
			else if (link.getUserId() != null) {
				users.add(link.getUserId());
			}
		}
		String item = null;
		if (task.getProcessDefinitionId() != null) {
			StepRules rules = this.definitions.rules(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
			if (rules.itemVariable().isPresent()) {
				Object value = this.tasks.getVariable(task.getId(), rules.itemVariable().get());
				item = (value != null) ? String.valueOf(value) : null;
			}
		}
		String name = (task.getName() != null) ? task.getName() : task.getTaskDefinitionKey();
		return new OpenStep(task.getId(), processKey, task.getTaskDefinitionKey(), name, key,
				task.getProcessInstanceId(), task.getProcessDefinitionId(), task.getAssignee(), users, groups,
				(task.getCreateTime() != null) ? task.getCreateTime().toInstant() : null,
				(task.getDueDate() != null) ? task.getDueDate().toInstant() : null, task.isSuspended(), item);
	}

}
