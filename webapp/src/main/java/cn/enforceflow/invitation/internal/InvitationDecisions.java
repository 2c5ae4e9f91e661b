package cn.enforceflow.invitation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.StepDecisions;
import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.processes.invitation.InvitationModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What each step of an invitation decided, in the words of the case timeline: the team,
 * the dates proposed and agreed, the hazards found, each verification's result, the
 * score. Read from the entry {@link InvitationAudit} wrote for the step.
 */
@Component
class InvitationDecisions implements StepDecisions {

	private final Users users;

	InvitationDecisions(Users users) {
		this.users = users;
	}

	@Override
	public String processKey() {
		return InvitationModel.PROCESS_KEY;
	}

	@Override
	public Optional<MessageSourceResolvable> decisionOf(String action, JsonNode after, String detail) {
		String reason = (detail != null) ? detail : "";
		return Optional.ofNullable(switch (action) {
			case "INVITATION_ACCEPTED" ->
				words("accepted", person(after, "leadOfficer"), person(after, "secondOfficer"));
			case "INVITATION_DECLINED" -> words("declined", reason);
			case "VISIT_DATE_PROPOSED" -> words("proposed", day(after, "proposedDate"));
			case "VISIT_DATE_CONFIRMED" -> words("confirmed", day(after, "visitDate"));
			case "VISIT_DATE_COUNTER_PROPOSED" -> words("counterProposed", day(after, "alternativeDate"));
			case "VISIT_COUNTER_PROPOSAL_ADOPTED" -> words("adopted", day(after, "visitDate"));
			case "VISIT_NOT_AGREED" -> words("notAgreed", reason);
			case "INSPECTION_RECORDED" -> inspected(after);
			case "RECTIFICATION_REPORTED" -> words("reported", item(after), after.path("round").asInt(1));
			case "RECTIFICATION_VERIFIED" -> new DefaultMessageSourceResolvable(
					new String[] { "invitation.decision.verified." + text(after, "outcome") },
					new Object[] { item(after) });
			case "INVITATION_RATED" -> words("rated", after.path("score").asInt());
			default -> null;
		});
	}

	private static MessageSourceResolvable inspected(JsonNode after) {
		long hazards = after.path("findings")
			.properties()
			.stream()
			.filter((finding) -> !FindingStatus.COMPLIANT.name().equals(finding.getValue().asText()))
			.count();
		return (hazards == 0) ? words("inspected.compliant") : words("inspected.hazards", hazards);
	}

	private static MessageSourceResolvable words(String decision, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { "invitation.decision." + decision }, args);
	}

	private String person(JsonNode after, String field) {
		String username = text(after, field);
		return this.users.profile(username).map(UserProfile::displayName).orElse(username);
	}

	/**
	 * A date the entry holds as ISO text, as a date so that it is written in the reader's
	 * way.
	 */
	private static Object day(JsonNode after, String field) {
		String value = text(after, field);
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	/**
	 * The item's name as the entry recorded it; entries written before it was, its code.
	 */
	private static String item(JsonNode after) {
		String name = text(after, "itemName");
		return name.isEmpty() ? text(after, "item") : name;
	}

	private static String text(JsonNode after, String field) {
		return after.path(field).asText("");
	}

}
