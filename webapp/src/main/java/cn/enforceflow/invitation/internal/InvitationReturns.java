package cn.enforceflow.invitation.internal;

import cn.enforceflow.inbox.TaskReturned;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an invitation at the step its case is at when a task is sent back (退回) from the
 * inbox, in the same transaction.
 */
@Component
class InvitationReturns {

	private final InvitationService invitations;

	InvitationReturns(InvitationService invitations) {
		this.invitations = invitations;
	}

	@EventListener
	void returned(TaskReturned returned) {
		if (InvitationModel.PROCESS_KEY.equals(returned.processKey()) && returned.businessKey() != null) {
			this.invitations.reopened(returned.businessKey(), returned.reopenedTaskKey());
		}
	}

}
