package cn.enforceflow.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invitation as the people who may see it read it: the request, the decision and the
 * team, the agreed visit, every finding with its rectification rounds, and the rating.
 *
 * @param leadOfficer null until accepted
 * @param proposedDate the date the lead officer proposed, while the enterprise decides
 * @param counterProposed the enterprise has used its one counter-proposal
 * @param visitDate the agreed date of the visit
 * @param inspectedOn the day the officers recorded as the visit
 * @param sendBackRounds how many times the officer sent the rectification back (at most
 * 2)
 * @param ratingScore 1 to 5; null when not rated
 */
public record InvitationView(String trackingNumber, InvitationStatus status, Party enterprise, Party department,
		List<Item> items, LocalDate windowStart, LocalDate windowEnd, String siteAddress, String contactName,
		String contactPhone, String description, Person submittedBy, Instant submittedAt, Person decidedBy,
		Instant decidedAt, String declineReason, Person leadOfficer, Person secondOfficer, LocalDate proposedDate,
		boolean counterProposed, LocalDate visitDate, LocalDate inspectedOn, List<FindingView> findings,
		int sendBackRounds, Integer ratingScore, String ratingComment, Instant ratedAt, Instant closedAt) {

	public InvitationView {
		items = List.copyOf(items);
		findings = List.copyOf(findings);
	}

	public boolean hazardsFound() {
		return this.findings.stream().anyMatch((finding) -> !finding.compliant());
	}

	/**
	 * An organisation: a department's code or an enterprise's credit code, and its name.
	 */
	public record Party(String code, String name) {

	}

	/** A person named in the invitation. */
	public record Person(String username, String displayName) {

	}

	/** An item to inspect, as published when the invitation was submitted. */
	public record Item(String code, String name, String legalBasis) {

	}

}
