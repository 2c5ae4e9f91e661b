package cn.enforceflow.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The finding on one item of an inspection, with everything needed to take it further:
 * for a hazard its facts, legal basis and deadline, the enterprise's reports and the
 * officer's verifications round by round, and the hand-over. Addressable by id, so that
 * the first-violation exemption workflow can start from it.
 *
 * @param suspectedViolation the inspecting officer's note for the verifier, not a
 * hand-over
 * @param rounds how many times this hazard was sent back
 * @param handover set when the officer handed the hazard over at verification
 * @param handoverReason the violation the officer named
 * @param exemptionCase the first-violation case registered from the hand-over, or null
 */
public record FindingView(long id, String trackingNumber, InvitationView.Party enterprise,
		InvitationView.Party department, String itemCode, String itemName, boolean compliant, String description,
		HazardLevel level, String legalBasis, String advice, LocalDate deadline, boolean suspectedViolation,
		FindingStatus status, int rounds, Handover handover, String handoverReason, InvitationView.Person handedOverBy,
		Instant handedOverAt, String exemptionCase, String recordedBy, Instant recordedAt, List<Report> reports,
		List<Check> verifications) {

	public FindingView {
		reports = List.copyOf(reports);
		verifications = List.copyOf(verifications);
	}

	/** The enterprise's report on the hazard in one round. */
	public record Report(int round, String description, List<String> attachmentIds, String reportedBy,
			Instant reportedAt, boolean late) {

		public Report {
			attachmentIds = List.copyOf(attachmentIds);
		}

	}

	/** The officer's verification of one round. */
	public record Check(int round, boolean accepted, String reason, LocalDate newDeadline, String verifiedBy,
			Instant verifiedAt) {

	}

}
