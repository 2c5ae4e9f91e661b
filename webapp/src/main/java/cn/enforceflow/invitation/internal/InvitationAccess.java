package cn.enforceflow.invitation.internal;

import java.util.Optional;

import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationActionRefusedException;
import cn.enforceflow.invitation.InvitationNotFoundException;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Enterprise;
import org.springframework.stereotype.Component;

/**
 * Who may see and ask for invitations: an invitation is seen by its enterprise's people,
 * by the people of the department it was sent to, and by the justice bureau and
 * administrators; for anyone else it does not exist. Only an enterprise's people invite.
 */
@Component
class InvitationAccess {

	private final InvitationRepository invitations;

	InvitationAccess(InvitationRepository invitations) {
		this.invitations = invitations;
	}

	/** The invitation, if the person may see it; otherwise it does not exist for them. */
	InvitationEntity visible(UserProfile user, String trackingNumber) {
		return TrackingNumber.parse(trackingNumber)
			.flatMap((number) -> this.invitations.findByTrackingNumber(number.value()))
			.filter((invitation) -> mayRead(user, invitation))
			.orElseThrow(() -> new InvitationNotFoundException(String.valueOf(trackingNumber)));
	}

	boolean mayRead(UserProfile user, String trackingNumber) {
		return TrackingNumber.parse(trackingNumber)
			.flatMap((number) -> this.invitations.findByTrackingNumber(number.value()))
			.filter((invitation) -> mayRead(user, invitation))
			.isPresent();
	}

	boolean mayRead(UserProfile user, InvitationEntity invitation) {
		return Authorization.overseesCases(user, false) || actsFor(user, invitation)
				|| Authorization.mayWorkIn(user, DepartmentCode.of(invitation.departmentCode()));
	}

	/** Whether the person acts for the invitation's enterprise. */
	boolean actsFor(UserProfile user, InvitationEntity invitation) {
		return Authorization.mayActFor(user, new CreditCode(invitation.enterpriseCreditCode()));
	}

	/** The enterprise the person invites for; refused for anyone who acts for none. */
	Enterprise inviter(UserProfile user) {
		return user.enterprise()
			.filter((e) -> Authorization.mayActFor(user, e.creditCode()))
			.orElseThrow(() -> new InvitationActionRefusedException("invitation.submit.enterpriseOnly"));
	}

	Optional<InvitationEntity> ofCase(String trackingNumber) {
		return this.invitations.findByTrackingNumber(trackingNumber);
	}

}
