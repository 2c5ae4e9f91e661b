package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.RectificationChecks;
import cn.enforceflow.invitation.Verification;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.processes.invitation.InvitationModel.VerificationOutcome;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复查, hazard by hazard, by a certified officer: rectified; or not — sent back with a new
 * deadline while the hazard has rounds left, else not rectified; and only by the
 * officer's choice, with the reason, handed over to the first-violation exemption
 * assessment. A rectified hazard is never handed over: invitation inspections are
 * guidance, kept apart from penalty proceedings.
 */
@Service
@Transactional
class VerificationHandler implements RectificationChecks {

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final InvitationAudit audit;

	private final InvitationProperties properties;

	VerificationHandler(InvitationGuard guard, InvitationProcess process, InvitationAudit audit,
			InvitationProperties properties) {
		this.guard = guard;
		this.process = process;
		this.audit = audit;
		this.properties = properties;
	}

	@Override
	public InvitationOutcome verify(UserProfile user, String trackingNumber, List<Verification> verifications) {
		InvitationEntity invitation = this.guard.atStatus(user, trackingNumber, InvitationStatus.RECTIFYING,
				InvitationStatus.VERIFYING);
		List<FindingEntity> reported = invitation.hazardsIn(FindingStatus.REPORTED);
		Map<String, Verification> byItem = ItemEntries.some(reported.stream().map(FindingEntity::itemCode).toList(),
				verifications, Verification::itemCode, "invitation.verification.items");
		Map<VerificationOutcome, Integer> counts = new EnumMap<>(VerificationOutcome.class);
		for (FindingEntity hazard : reported) {
			Verification verification = byItem.get(hazard.itemCode());
			if (verification == null) {
				continue;
			}
			OpenStep step = this.process.step(user, invitation, InvitationModel.TASK_VERIFY_RECTIFICATION, hazard);
			InvitationStatus before = invitation.status();
			VerificationOutcome outcome = conclude(user, invitation, hazard, verification);
			invitation.settleRectification();
			this.process.complete(user, step, StepDecision.of(this.audit.verified(user, hazard, before, outcome.name()))
				.with(InvitationModel.VAR_VERIFICATION_OUTCOME, outcome.name()));
			counts.merge(outcome, 1, Integer::sum);
		}
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.verified",
				List.of(invitation.trackingNumber(), count(counts, VerificationOutcome.ACCEPTED),
						count(counts, VerificationOutcome.SENT_BACK), count(counts, VerificationOutcome.NOT_RECTIFIED),
						count(counts, VerificationOutcome.HANDED_OVER),
						new DefaultMessageSourceResolvable("invitation.outcome.verified.next." + invitation.status())));
	}

	private VerificationOutcome conclude(UserProfile user, InvitationEntity invitation, FindingEntity hazard,
			Verification verification) {
		String item = RectificationHandler.itemName(invitation, hazard);
		Instant now = this.guard.now();
		if (verification.accepted() == null) {
			throw new BusinessRuleException("invitation.verification.acceptedRequired", item);
		}
		if (verification.accepted()) {
			if (verification.handOver()) {
				throw new BusinessRuleException("invitation.verification.rectifiedNotHandedOver", item);
			}
			hazard.accept(user.username(), now);
			return VerificationOutcome.ACCEPTED;
		}
		String reason = Texts.required(verification.reason(), InvitationFields.REASON,
				verification.handOver() ? "invitation.verification.handOverReason" : "invitation.verification.reason",
				item);
		if (verification.handOver()) {
			hazard.handOver(reason, user.username(), now);
			return VerificationOutcome.HANDED_OVER;
		}
		int maxRounds = this.properties.getMaxSendBacks();
		if (hazard.rounds() >= maxRounds) {
			hazard.notRectified(reason, user.username(), now);
			return VerificationOutcome.NOT_RECTIFIED;
		}
		LocalDate today = this.guard.today();
		LocalDate newDeadline = verification.newDeadline();
		if (newDeadline == null) {
			throw new BusinessRuleException("invitation.verification.newDeadline", item);
		}
		if (!newDeadline.isAfter(today)) {
			throw new BusinessRuleException("invitation.verification.newDeadlineFuture", item, newDeadline);
		}
		hazard.sendBack(reason, newDeadline, user.username(), now, maxRounds);
		return VerificationOutcome.SENT_BACK;
	}

	private static String count(Map<VerificationOutcome, Integer> counts, VerificationOutcome outcome) {
		return String.valueOf(counts.getOrDefault(outcome, 0));
	}

}
