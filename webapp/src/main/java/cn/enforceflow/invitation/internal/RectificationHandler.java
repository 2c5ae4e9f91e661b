package cn.enforceflow.invitation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.documents.Attachment;
import cn.enforceflow.documents.Attachments;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.RectificationReports;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报告整改情况, hazard by hazard: the enterprise reports on any of the hazards awaiting its
 * report, each with what it did and its evidence — the files named, or else those
 * uploaded on that hazard's task. Each report completes that hazard's step alone.
 */
@Service
@Transactional
class RectificationHandler implements RectificationReports {

	/** The column that keeps a report's attachment ids. */
	private static final int MAX_ATTACHMENT_IDS = 1000;

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final Attachments attachments;

	private final InvitationAudit audit;

	RectificationHandler(InvitationGuard guard, InvitationProcess process, Attachments attachments,
			InvitationAudit audit) {
		this.guard = guard;
		this.process = process;
		this.attachments = attachments;
		this.audit = audit;
	}

	@Override
	public InvitationOutcome report(UserProfile user, String trackingNumber, List<Rectification> rectifications) {
		InvitationEntity invitation = this.guard.atStatus(user, trackingNumber, InvitationStatus.RECTIFYING);
		List<FindingEntity> awaiting = invitation.hazardsIn(FindingStatus.AWAITING_REPORT);
		Map<String, Rectification> byItem = ItemEntries.some(awaiting.stream().map(FindingEntity::itemCode).toList(),
				rectifications, Rectification::itemCode, "invitation.rectification.items");
		Instant now = this.guard.now();
		LocalDate today = this.guard.today();
		for (FindingEntity hazard : awaiting) {
			Rectification report = byItem.get(hazard.itemCode());
			if (report == null) {
				continue;
			}
			String item = itemName(invitation, hazard);
			OpenStep step = this.process.step(user, invitation, InvitationModel.TASK_REPORT_RECTIFICATION, hazard);
			String text = Texts.required(report.description(), InvitationFields.RECTIFICATION,
					"invitation.rectification.description", item);
			String evidence = String.join(",", evidence(user, invitation, step, report));
			if (evidence.length() > MAX_ATTACHMENT_IDS) {
				throw new BusinessRuleException("invitation.rectification.tooManyAttachments");
			}
			InvitationStatus before = invitation.status();
			hazard.report(text, evidence.isEmpty() ? null : evidence, user.username(), now, today);
			invitation.settleRectification();
			this.process.complete(user, step, StepDecision.of(this.audit.rectificationReported(user, hazard, before)));
		}
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.reported",
				List.of(invitation.trackingNumber(), String.valueOf(byItem.size()),
						String.valueOf(invitation.hazardsIn(FindingStatus.AWAITING_REPORT).size())));
	}

	/**
	 * The files named for the report, submitted now; otherwise those uploaded on the
	 * hazard's own task.
	 */
	private List<String> evidence(UserProfile user, InvitationEntity invitation, OpenStep step, Rectification report) {
		List<String> uploaded = this.attachments.submitStep(user.username(), invitation.trackingNumber(), step.taskId())
			.stream()
			.map(Attachment::id)
			.toList();
		if (report.attachmentIds().isEmpty()) {
			return uploaded;
		}
		this.attachments.submit(user.username(), invitation.trackingNumber(), report.attachmentIds());
		return report.attachmentIds();
	}

	static String itemName(InvitationEntity invitation, FindingEntity finding) {
		return invitation.items()
			.stream()
			.filter((item) -> item.code().equals(finding.itemCode()))
			.map(InvitationItem::name)
			.findFirst()
			.orElse(finding.itemCode());
	}

}
