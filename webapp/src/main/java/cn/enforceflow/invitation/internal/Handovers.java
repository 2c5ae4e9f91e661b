package cn.enforceflow.invitation.internal;

import java.util.List;

import cn.enforceflow.invitation.FindingHandovers;
import cn.enforceflow.invitation.FindingsHandedOver;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hazard handed over at verification is told to its department once: the finding
 * remembers that it was.
 */
@Component
class Handovers implements FindingHandovers {

	private final InvitationRepository invitations;

	private final Organizations organizations;

	private final InvitationAudit audit;

	private final ApplicationEventPublisher events;

	Handovers(InvitationRepository invitations, Organizations organizations, InvitationAudit audit,
			ApplicationEventPublisher events) {
		this.invitations = invitations;
		this.organizations = organizations;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public void takenUp(long findingId, String caseNumber) {
		FindingEntity finding = this.invitations.findFinding(findingId)
			.orElseThrow(() -> new IllegalArgumentException("no finding " + findingId));
		finding.takenUp(caseNumber);
		this.invitations.flush();
		this.audit.findingTakenUp(finding);
	}

	@Transactional
	void notifyOnce(long findingId) {
		this.invitations.findFinding(findingId).filter(FindingEntity::markHandoverNotified).ifPresent((finding) -> {
			InvitationEntity invitation = finding.invitation();
			this.invitations.flush();
			this.audit.handedOver(finding);
			String enterprise = this.organizations.enterprise(new CreditCode(invitation.enterpriseCreditCode()))
				.map(Enterprise::name)
				.orElse(invitation.enterpriseCreditCode());
			this.events.publishEvent(new FindingsHandedOver(invitation.trackingNumber(), invitation.departmentCode(),
					enterprise, List.of(finding.id())));
		});
	}

}
