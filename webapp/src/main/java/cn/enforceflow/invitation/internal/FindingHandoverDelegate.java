package cn.enforceflow.invitation.internal;

import java.util.List;

import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.FindingsHandedOver;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 登记待转首违不罚评估: tells the department that findings of this invitation await the exemption
 * assessment. The findings were marked when they were recorded or verified.
 */
@Component(InvitationModel.FINDING_HANDOVER_DELEGATE)
class FindingHandoverDelegate implements JavaDelegate {

	private final InvitationService invitations;

	private final ApplicationEventPublisher events;

	FindingHandoverDelegate(InvitationService invitations, ApplicationEventPublisher events) {
		this.invitations = invitations;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<FindingView> handedOver = this.invitations.handedOver(execution.getProcessBusinessKey());
		if (!handedOver.isEmpty()) {
			FindingView first = handedOver.get(0);
			this.events.publishEvent(new FindingsHandedOver(first.trackingNumber(), first.department().code(),
					first.enterprise().name(), handedOver.stream().map(FindingView::id).toList()));
		}
	}

}
