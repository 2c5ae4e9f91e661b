package cn.enforceflow.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invitation as the people who may see it read it: the request, the decision and the
 * team, the agreed visit, every finding with its rectification rounds, and the rating.
 *
 * @param leadOfficer null until accepted
 * @param combinedWith the enterprise's other cases the dispatcher combined this visit
 * with
 * @param proposedDate the date the lead officer proposed, while the enterprise decides
 * @param counterProposed the enterprise has used its one counter-proposal
 * @param counterDate the date the enterprise offered instead
 * @param visitDate the agreed date of the visit
 * @param visitMovedReason why the agreed visit was moved, if it was
 * @param inspectedOn the day the officers were there
 * @param dateChangeReason why that was not the agreed day, if it was not
 * @param inspectors the officers who inspected, as the 检查记录 names them
 * @param sendBackRounds the most times one hazard was sent back (at most 2 each)
 * @param ratingState how the rating ended, once closed
 * @param ratingScore 1 to 5; null when not rated
 * @param closeReason why it ended early: withdrawn, or no date agreed
 */
public record InvitationView(String trackingNumber, InvitationStatus status, Party enterprise, Party department,
		List<Item> items, LocalDate windowStart, LocalDate windowEnd, String siteAddress, String contactName,
		String contactPhone, String description, Person submittedBy, Instant submittedAt, Person decidedBy,
		Instant decidedAt, String declineReason, Person leadOfficer, Person secondOfficer, List<String> combinedWith,
		LocalDate proposedDate, boolean counterProposed, LocalDate counterDate, LocalDate visitDate,
		String visitMovedReason, LocalDate inspectedOn, String dateChangeReason, List<Inspector> inspectors,
		List<FindingView> findings, int sendBackRounds, RatingState ratingState, Integer ratingScore,
		String ratingComment, Instant ratedAt, String closeReason, Instant closedAt) {

	public InvitationView {
		items = List.copyOf(items);
		combinedWith = List.copyOf(combinedWith);
		inspectors = List.copyOf(inspectors);
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

	/** An officer who inspected, with the certificate they held that day. */
	public record Inspector(String username, String displayName, String certificateNumber) {

	}

	/** An item to inspect, as published when the invitation was submitted. */
	public record Item(String code, String name, String legalBasis) {

	}

}
