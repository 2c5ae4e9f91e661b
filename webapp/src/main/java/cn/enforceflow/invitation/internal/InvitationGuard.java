package cn.enforceflow.invitation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepNotOpenException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The step guard every invitation command starts with: the invitation the person may see,
 * at a status the step belongs to, and the step's open task the workflow layer lets them
 * work on — or the reason why not (404, 409, 403). Also the commands' clock.
 */
@Component
class InvitationGuard {

	private final InvitationAccess access;

	private final InvitationProcess process;

	private final Clock clock;

	InvitationGuard(InvitationAccess access, InvitationProcess process, Clock clock) {
		this.access = access;
		this.process = process;
		this.clock = clock;
	}

	/** The invitation and the open step, at one of the statuses the step belongs to. */
	Guarded at(UserProfile user, String trackingNumber, String taskKey, InvitationStatus... statuses) {
		InvitationEntity invitation = atStatus(user, trackingNumber, statuses);
		return new Guarded(invitation, this.process.step(user, invitation, taskKey));
	}

	/** The invitation the person may see, at one of the statuses. */
	InvitationEntity atStatus(UserProfile user, String trackingNumber, InvitationStatus... statuses) {
		InvitationEntity invitation = this.access.visible(user, trackingNumber);
		if (!Set.of(statuses).contains(invitation.status())) {
			throw new StepNotOpenException("invitation.outOfTurn", invitation.trackingNumber(),
					new DefaultMessageSourceResolvable("invitation.status." + invitation.status().name()));
		}
		return invitation;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	Instant now() {
		return this.clock.instant();
	}

	/** An invitation and the open step a person may work on. */
	record Guarded(InvitationEntity invitation, OpenStep step) {

	}

}
