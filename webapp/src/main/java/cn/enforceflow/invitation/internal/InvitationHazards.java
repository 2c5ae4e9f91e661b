package cn.enforceflow.invitation.internal;

import java.util.List;

import cn.enforceflow.processes.invitation.InvitationModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model asks of an invitation's hazards: which there are (one rectification
 * instance each) and each one's deadline, read from the invitation itself, which is the
 * truth (ADR 0002). Public because the engine's expression language calls it.
 */
@Component(InvitationModel.HAZARDS_BEAN)
public class InvitationHazards {

	private final InvitationRepository invitations;

	InvitationHazards(InvitationRepository invitations) {
		this.invitations = invitations;
	}

	/** The ids of the hazards found at the invitation's inspection, in their order. */
	@Transactional(readOnly = true)
	public List<String> of(String trackingNumber) {
		return this.invitations.findByTrackingNumber(trackingNumber)
			.map((invitation) -> invitation.findings()
				.stream()
				.filter((finding) -> !finding.compliant())
				.map((finding) -> String.valueOf(finding.id()))
				.toList())
			.orElse(List.of());
	}

	/** The hazard's deadline now, as an ISO date: the officer may have set a new one. */
	@Transactional(readOnly = true)
	public String deadline(String findingId) {
		return this.invitations.findFinding(Long.parseLong(findingId))
			.map((finding) -> finding.deadline().toString())
			.orElseThrow(() -> new IllegalStateException("no hazard " + findingId));
	}

}
