package cn.enforceflow.invitation.internal;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.CaseReaders;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.springframework.stereotype.Component;

/**
 * Who may see an invitation's case: whoever may see the invitation.
 */
@Component
class InvitationReaders implements CaseReaders {

	private final Invitations invitations;

	InvitationReaders(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public String processKey() {
		return InvitationModel.PROCESS_KEY;
	}

	@Override
	public boolean mayRead(UserProfile user, String businessKey) {
		return this.invitations.mayRead(user, businessKey);
	}

}
