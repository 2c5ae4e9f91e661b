package cn.enforceflow.invitation;

import java.time.Instant;
import java.time.LocalDate;

/** An invitation in a list. */
public record InvitationSummary(String trackingNumber, InvitationStatus status, InvitationView.Party enterprise,
		InvitationView.Party department, LocalDate windowStart, LocalDate windowEnd, LocalDate visitDate,
		InvitationView.Person leadOfficer, Instant submittedAt) {

}
