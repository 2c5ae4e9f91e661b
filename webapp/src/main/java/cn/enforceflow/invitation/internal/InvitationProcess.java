package cn.enforceflow.invitation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepDecision;
import cn.enforceflow.workflow.WorkflowSteps;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The one place that talks to the engine about invitations: starts a case, correlates its
 * messages, and finds and completes its steps through the shared workflow layer, which
 * decides who may work on them.
 */
@Component
class InvitationProcess {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final WorkflowSteps steps;

	InvitationProcess(RuntimeService runtime, TaskService tasks, WorkflowSteps steps) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.steps = steps;
	}

	void start(UserProfile inviter, TrackingNumber trackingNumber, DepartmentCode department, CreditCode enterprise) {
		this.steps.start(inviter, InvitationModel.PROCESS_KEY, trackingNumber.value(),
				Map.of(InvitationModel.VAR_DEPARTMENT_CODE, department.value(), InvitationModel.VAR_ENTERPRISE_GROUP,
						InvitationModel.enterpriseGroup(enterprise.value())));
	}

	/** The open step of the case that the person may work on now. */
	OpenStep step(UserProfile user, InvitationEntity invitation, String taskKey) {
		return this.steps.stepFor(user, InvitationModel.PROCESS_KEY, invitation.trackingNumber(), taskKey, null);
	}

	/** The open step of one hazard that the person may work on now. */
	OpenStep step(UserProfile user, InvitationEntity invitation, String taskKey, FindingEntity hazard) {
		return this.steps.stepFor(user, InvitationModel.PROCESS_KEY, invitation.trackingNumber(), taskKey,
				String.valueOf(hazard.id()));
	}

	/** The open instances of a step, whoever may work on them. */
	List<OpenStep> open(String trackingNumber, String taskKey) {
		return this.steps.open(InvitationModel.PROCESS_KEY, trackingNumber, taskKey);
	}

	void complete(UserProfile user, OpenStep step, StepDecision decision) {
		this.steps.complete(user, step, decision);
	}

	/** 撤回: the acceptance waiting for the department ends the case. */
	void withdraw(String trackingNumber) {
		this.runtime.createMessageCorrelation(InvitationModel.MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(trackingNumber)
			.correlate();
	}

	/**
	 * The visit moved: the record is due anew from the new day, and stays with whoever
	 * had it.
	 */
	void moveVisit(OpenStep record, LocalDate to) {
		this.runtime.createMessageCorrelation(InvitationModel.MESSAGE_VISIT_MOVED)
			.processInstanceBusinessKey(record.businessKey())
			.setVariable(InvitationModel.VAR_VISIT_DATE, to.toString())
			.correlate();
		if (record.assignee() != null) {
			open(record.businessKey(), InvitationModel.TASK_RECORD_INSPECTION).stream()
				.filter((moved) -> !record.assignee().equals(moved.assignee()))
				.forEach((moved) -> this.tasks.setAssignee(moved.taskId(), record.assignee()));
		}
	}

}
