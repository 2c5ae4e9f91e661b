package cn.enforceflow.invitation.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.TaskConflictException;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * The one place that talks to the engine about invitations: starts a case, finds the open
 * task of a step, and completes it for a person with the values the model routes on.
 */
@Component
class InvitationProcess {

	private final RuntimeService runtime;

	private final TaskService tasks;

	InvitationProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	void start(TrackingNumber trackingNumber, DepartmentCode department, CreditCode enterprise) {
		this.runtime.startProcessInstanceByKey(InvitationModel.PROCESS_KEY, trackingNumber.value(),
				Map.of(InvitationModel.VAR_DEPARTMENT_CODE, department.value(), InvitationModel.VAR_ENTERPRISE_GROUP,
						InvitationModel.enterpriseGroup(enterprise.value())));
	}

	/** The open task of a step of the case, if the case is at that step. */
	Optional<Task> openTask(String trackingNumber, String taskKey) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(InvitationModel.PROCESS_KEY)
			.processInstanceBusinessKey(trackingNumber)
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Whether the person may work on the task: it is theirs, or nobody has it and it is
	 * offered to them or one of their groups.
	 */
	boolean mayWorkOn(Task task, UserProfile user) {
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(user.username());
		}
		Set<String> groups = new HashSet<>(CandidateGroups.of(user));
		for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())
					&& (groups.contains(link.getGroupId()) || user.username().equals(link.getUserId()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Completes the task as the person, claiming it first if nobody has it; someone who
	 * completed or took it a moment ago makes this a conflict.
	 */
	void complete(Task task, UserProfile user, Map<String, Object> variables) {
		try {
			if (task.getAssignee() == null) {
				this.tasks.claim(task.getId(), user.username());
			}
			this.tasks.complete(task.getId(), variables);
		}
		catch (OptimisticLockingException | TaskAlreadyClaimedException | ConcurrencyFailureException ex) {
			throw new TaskConflictException();
		}
		catch (SuspendedEntityInteractionException ex) {
			throw new TaskConflictException("inbox.task.suspended");
		}
		catch (ProcessEngineException ex) {
			if (ex.getCause() instanceof ConcurrencyFailureException
					|| this.tasks.createTaskQuery().taskId(task.getId()).singleResult() == null) {
				throw new TaskConflictException();
			}
			throw ex;
		}
	}

	/** The case's business key is in use by a running or finished case. */
	boolean exists(String trackingNumber) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(InvitationModel.PROCESS_KEY)
			.processInstanceBusinessKey(trackingNumber)
			.count() > 0;
	}

}
