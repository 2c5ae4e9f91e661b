package cn.enforceflow.invitation;

import cn.enforceflow.platform.NotFoundException;

/** No such invitation, or not one this person may know of. */
public class InvitationNotFoundException extends NotFoundException {

	public InvitationNotFoundException(String trackingNumber) {
		super("invitation.notFound", trackingNumber);
	}

}
