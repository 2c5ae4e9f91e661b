package cn.enforceflow.invitation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationAcceptance;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.Team;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.internal.InvitationGuard.Guarded;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理: the dispatcher accepts with a team of two officers of the department, both
 * certified from the first day of the window (they must be able to visit at all), and may
 * record the enterprise's other open cases the visit is combined with; or declines with a
 * reason.
 */
@Service
@Transactional
class AcceptanceHandler implements InvitationAcceptance {

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final InvitationRepository invitations;

	private final Officers officers;

	private final InvitationAudit audit;

	private final NextSteps next;

	AcceptanceHandler(InvitationGuard guard, InvitationProcess process, InvitationRepository invitations,
			Officers officers, InvitationAudit audit, NextSteps next) {
		this.guard = guard;
		this.process = process;
		this.invitations = invitations;
		this.officers = officers;
		this.audit = audit;
		this.next = next;
	}

	@Override
	public InvitationOutcome accept(UserProfile user, String trackingNumber, String leadOfficer, String secondOfficer,
			List<String> combinedWith) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION,
				InvitationStatus.SUBMITTED);
		InvitationEntity invitation = at.invitation();
		Team team = Team.of(leadOfficer, secondOfficer);
		for (String member : team.members()) {
			this.officers.certified(invitation, member, invitation.window().start());
		}
		List<String> combined = combined(invitation, combinedWith);
		InvitationStatus before = invitation.status();
		invitation.accept(user.username(), this.guard.now(), team, combined);
		this.process.complete(user, at.step(),
				StepDecision.of(this.audit.accepted(user, invitation, before))
					.with(InvitationModel.VAR_ACCEPTED, true)
					.with(InvitationModel.VAR_LEAD_OFFICER, team.lead())
					.with(InvitationModel.VAR_SECOND_OFFICER, team.second())
					.with(InvitationModel.VAR_ACCEPTED_ON, this.guard.today().toString()));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.accepted",
				List.of(invitation.trackingNumber(), this.officers.nameOf(team.lead()),
						this.officers.nameOf(team.second()),
						this.next.dueOf(invitation.trackingNumber(), InvitationModel.TASK_PROPOSE_VISIT_DATE)));
	}

	@Override
	public InvitationOutcome decline(UserProfile user, String trackingNumber, String reason) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION,
				InvitationStatus.SUBMITTED);
		InvitationEntity invitation = at.invitation();
		String why = Texts.required(reason, InvitationFields.REASON, "invitation.declineReason");
		InvitationStatus before = invitation.status();
		invitation.decline(user.username(), this.guard.now(), why);
		this.process.complete(user, at.step(), StepDecision.of(this.audit.declined(user, invitation, before))
			.with(InvitationModel.VAR_ACCEPTED, false));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.declined",
				List.of(invitation.trackingNumber()));
	}

	/**
	 * 综合查一次: the cases named must be other open invitations of the same enterprise.
	 */
	private List<String> combined(InvitationEntity invitation, List<String> trackingNumbers) {
		if (trackingNumbers == null || trackingNumbers.isEmpty()) {
			return List.of();
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (String number : trackingNumbers) {
			String value = (number != null) ? number.strip() : "";
			TrackingNumber parsed = TrackingNumber.parse(value)
				.orElseThrow(() -> new BusinessRuleException("invitation.combined.unknown", value));
			wanted.add(parsed.value());
		}
		List<String> combined = new ArrayList<>();
		for (String number : wanted) {
			InvitationEntity other = this.invitations.findByTrackingNumber(number)
				.filter((o) -> !o.id().equals(invitation.id()))
				.filter((o) -> o.enterpriseCreditCode().equals(invitation.enterpriseCreditCode()))
				.filter((o) -> !o.status().finished())
				.orElseThrow(() -> new BusinessRuleException("invitation.combined.unknown", number));
			combined.add(other.trackingNumber());
		}
		return combined;
	}

}
