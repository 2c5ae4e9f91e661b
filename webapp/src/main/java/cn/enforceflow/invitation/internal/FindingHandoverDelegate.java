package cn.enforceflow.invitation.internal;

import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 移交首违不罚评估: tells the department that a hazard the officer handed over at verification
 * awaits the exemption assessment — once per hazard, however often the engine runs this
 * step.
 */
@Component(InvitationModel.FINDING_HANDOVER_DELEGATE)
class FindingHandoverDelegate implements JavaDelegate {

	private final Handovers handovers;

	FindingHandoverDelegate(Handovers handovers) {
		this.handovers = handovers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object hazard = execution.getVariable(InvitationModel.VAR_HAZARD);
		if (hazard != null) {
			this.handovers.notifyOnce(Long.parseLong(hazard.toString()));
		}
	}

}
