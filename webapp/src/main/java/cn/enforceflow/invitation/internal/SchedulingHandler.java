package cn.enforceflow.invitation.internal;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.VisitScheduling;
import cn.enforceflow.invitation.internal.InvitationGuard.Guarded;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.processes.invitation.InvitationModel.Scheduling;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 约定时间 with the enterprise's consent: the lead officer proposes, the enterprise confirms
 * or counter-proposes once, the officer takes that date or proposes another for the
 * enterprise to confirm or decline. No agreement closes the invitation as 未约定 with the
 * reason. Before the visit, the date may be moved by agreement.
 */
@Service
@Transactional
class SchedulingHandler implements VisitScheduling {

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final Officers officers;

	private final InvitationAudit audit;

	private final NextSteps next;

	SchedulingHandler(InvitationGuard guard, InvitationProcess process, Officers officers, InvitationAudit audit,
			NextSteps next) {
		this.guard = guard;
		this.process = process;
		this.officers = officers;
		this.audit = audit;
		this.next = next;
	}

	@Override
	public InvitationOutcome proposeDate(UserProfile user, String trackingNumber, LocalDate date) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_PROPOSE_VISIT_DATE,
				InvitationStatus.ACCEPTED);
		return propose(user, at, date);
	}

	@Override
	public InvitationOutcome confirmDate(UserProfile user, String trackingNumber, Boolean accepted,
			LocalDate alternativeDate, String reason) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_CONFIRM_VISIT_DATE,
				InvitationStatus.DATE_PROPOSED);
		InvitationEntity invitation = at.invitation();
		if (accepted == null) {
			throw new BusinessRuleException("invitation.confirm.required");
		}
		InvitationStatus before = invitation.status();
		if (accepted) {
			invitation.confirm();
			this.process.complete(user, at.step(),
					StepDecision.of(this.audit.dateConfirmed(user, invitation, before))
						.with(InvitationModel.VAR_SCHEDULING, Scheduling.CONFIRMED.name())
						.with(InvitationModel.VAR_VISIT_DATE, invitation.visitDate().toString()));
			return scheduled(invitation, "invitation.outcome.confirmed");
		}
		if (invitation.schedule().counterProposed()) {
			// the one counter-proposal was made: the enterprise now confirms or declines
			if (alternativeDate != null) {
				throw new BusinessRuleException("invitation.confirm.counterProposalUsed");
			}
			String why = Texts.required(reason, InvitationFields.REASON, "invitation.confirm.declineReason");
			invitation.notAgreed(this.guard.now(), why);
			this.process.complete(user, at.step(), StepDecision.of(this.audit.notAgreed(user, invitation, before))
				.with(InvitationModel.VAR_SCHEDULING, Scheduling.DECLINED.name()));
			return new InvitationOutcome(invitation.trackingNumber(), invitation.status(),
					"invitation.outcome.notAgreed", List.of(invitation.trackingNumber()));
		}
		LocalDate alternative = invitation.window()
			.visitOn(alternativeDate, this.guard.today(), "invitation.confirm.alternativeRequired");
		invitation.counterPropose(alternative);
		this.process.complete(user, at.step(), StepDecision.of(this.audit.counterProposed(user, invitation, before))
			.with(InvitationModel.VAR_SCHEDULING, Scheduling.COUNTER_PROPOSED.name()));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(),
				"invitation.outcome.counterProposed", List.of(invitation.trackingNumber(), alternative,
						this.next.dueOf(invitation.trackingNumber(), InvitationModel.TASK_ANSWER_COUNTER_PROPOSAL)));
	}

	@Override
	public InvitationOutcome answerCounterProposal(UserProfile user, String trackingNumber, Boolean adopt,
			LocalDate date) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_ANSWER_COUNTER_PROPOSAL,
				InvitationStatus.COUNTER_PROPOSED);
		InvitationEntity invitation = at.invitation();
		if (adopt == null) {
			throw new BusinessRuleException("invitation.answer.required");
		}
		if (!adopt) {
			return propose(user, at, date);
		}
		certifiedTeamOn(invitation, invitation.schedule().counterDate());
		if (!invitation.schedule().counterDate().isAfter(this.guard.today())) {
			throw new BusinessRuleException("invitation.answer.counterDatePast", invitation.schedule().counterDate());
		}
		InvitationStatus before = invitation.status();
		invitation.adoptCounterProposal();
		this.process.complete(user, at.step(),
				StepDecision.of(this.audit.counterProposalAdopted(user, invitation, before))
					.with(InvitationModel.VAR_SCHEDULING, Scheduling.ADOPTED.name())
					.with(InvitationModel.VAR_VISIT_DATE, invitation.visitDate().toString()));
		return scheduled(invitation, "invitation.outcome.adopted");
	}

	@Override
	public InvitationOutcome notAgreed(UserProfile user, String trackingNumber, String reason) {
		InvitationEntity invitation = this.guard.atStatus(user, trackingNumber, InvitationStatus.ACCEPTED,
				InvitationStatus.COUNTER_PROPOSED);
		String taskKey = (invitation.status() == InvitationStatus.ACCEPTED) ? InvitationModel.TASK_PROPOSE_VISIT_DATE
				: InvitationModel.TASK_ANSWER_COUNTER_PROPOSAL;
		OpenStep step = this.process.step(user, invitation, taskKey);
		String why = Texts.required(reason, InvitationFields.REASON, "invitation.notAgreedReason");
		InvitationStatus before = invitation.status();
		invitation.notAgreed(this.guard.now(), why);
		this.process.complete(user, step, StepDecision.of(this.audit.notAgreed(user, invitation, before))
			.with(InvitationModel.VAR_SCHEDULING, Scheduling.NOT_AGREED.name()));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.notAgreed",
				List.of(invitation.trackingNumber()));
	}

	@Override
	public InvitationOutcome moveVisit(UserProfile user, String trackingNumber, LocalDate date, String reason) {
		Guarded at = this.guard.at(user, trackingNumber, InvitationModel.TASK_RECORD_INSPECTION,
				InvitationStatus.SCHEDULED);
		InvitationEntity invitation = at.invitation();
		LocalDate today = this.guard.today();
		if (invitation.visitDate().isBefore(today)) {
			throw new BusinessRuleException("invitation.move.afterVisit", invitation.visitDate());
		}
		if (date == null) {
			throw new BusinessRuleException("invitation.move.dateRequired");
		}
		if (date.isBefore(today)) {
			throw new BusinessRuleException("invitation.move.past", date);
		}
		String why = Texts.required(reason, InvitationFields.REASON, "invitation.moveReason");
		certifiedTeamOn(invitation, date);
		LocalDate from = invitation.visitDate();
		invitation.moveVisit(date, why);
		this.process.moveVisit(at.step(), date);
		this.audit.visitMoved(user, invitation, from);
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.visitMoved",
				List.of(invitation.trackingNumber(), date,
						this.next.dueOf(invitation.trackingNumber(), InvitationModel.TASK_RECORD_INSPECTION)));
	}

	/** A date proposed by the lead officer, first or instead of the enterprise's. */
	private InvitationOutcome propose(UserProfile user, Guarded at, LocalDate date) {
		InvitationEntity invitation = at.invitation();
		LocalDate day = invitation.window().visitOn(date, this.guard.today(), "invitation.date.required");
		certifiedTeamOn(invitation, day);
		InvitationStatus before = invitation.status();
		invitation.propose(day);
		this.process.complete(user, at.step(), StepDecision.of(this.audit.dateProposed(user, invitation, before))
			.with(InvitationModel.VAR_SCHEDULING, Scheduling.PROPOSED.name()));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.proposed",
				List.of(invitation.trackingNumber(), day,
						this.next.dueOf(invitation.trackingNumber(), InvitationModel.TASK_CONFIRM_VISIT_DATE)));
	}

	private InvitationOutcome scheduled(InvitationEntity invitation, String messageKey) {
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), messageKey,
				List.of(invitation.trackingNumber(), invitation.visitDate(),
						this.next.dueOf(invitation.trackingNumber(), InvitationModel.TASK_RECORD_INSPECTION)));
	}

	/** Both officers of the team must be certified on the day of the visit. */
	private void certifiedTeamOn(InvitationEntity invitation, LocalDate day) {
		for (String member : invitation.team().members()) {
			this.officers.certified(invitation, member, day);
		}
	}

}
