package cn.enforceflow.invitation.internal;

import cn.enforceflow.inbox.TaskReturned;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an invitation at the step its case is at when a step is sent back (退回) from the
 * inbox, in the same transaction: the date proposal goes back to acceptance.
 */
@Component
class InvitationReturns {

	private final InvitationRepository invitations;

	InvitationReturns(InvitationRepository invitations) {
		this.invitations = invitations;
	}

	@EventListener
	void returned(TaskReturned returned) {
		if (!InvitationModel.PROCESS_KEY.equals(returned.processKey()) || returned.businessKey() == null) {
			return;
		}
		if (InvitationModel.TASK_ACCEPT_INVITATION.equals(returned.reopenedTaskKey())) {
			this.invitations.findByTrackingNumber(returned.businessKey())
				.ifPresent(InvitationEntity::reopenForDecision);
		}
	}

}
