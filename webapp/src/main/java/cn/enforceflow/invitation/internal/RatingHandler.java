package cn.enforceflow.invitation.internal;

import java.util.List;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.ServiceRatings;
import cn.enforceflow.invitation.internal.InvitationGuard.Guarded;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价, optional: a score from 1 to 5 with a comment, or none; the rating period ending
 * without one closes the invitation as 未评价 — no breach, nobody told.
 */
@Service
@Transactional
class RatingHandler implements ServiceRatings {

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final InvitationRepository invitations;

	private final InvitationAudit audit;

	RatingHandler(InvitationGuard guard, InvitationProcess process, InvitationRepository invitations,
			InvitationAudit audit) {
		this.guard = guard;
		this.process = process;
		this.invitations = invitations;
		this.audit = audit;
	}

	@Override
	public InvitationOutcome rate(UserProfile user, String trackingNumber, Integer score, String comment) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_RATE_SERVICE, InvitationStatus.RATING);
		InvitationEntity invitation = at.invitation();
		if (score != null && (score < InvitationFields.SCORE_MIN || score > InvitationFields.SCORE_MAX)) {
			throw new BusinessRuleException("invitation.rating.score", String.valueOf(score));
		}
		String remark = (score != null)
				? Texts.optional(comment, InvitationFields.RATING_COMMENT, "invitation.rating.comment") : null;
		InvitationStatus before = invitation.status();
		invitation.rate(this.guard.now(), score, remark);
		this.process.complete(user, at.step(), StepDecision.of(this.audit.rated(user, invitation, before)));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(),
				(score != null) ? "invitation.outcome.rated" : "invitation.outcome.notRated",
				List.of(invitation.trackingNumber()));
	}

	/** The rating period ended: 未评价, for the engine's timer. */
	void expired(String trackingNumber) {
		this.invitations.findByTrackingNumber(trackingNumber).ifPresent((invitation) -> {
			if (invitation.status() != InvitationStatus.RATING) {
				return;
			}
			InvitationStatus before = invitation.status();
			invitation.ratingExpired(this.guard.now());
			this.invitations.flush();
			this.audit.ratingExpired(invitation, before);
		});
	}

}
