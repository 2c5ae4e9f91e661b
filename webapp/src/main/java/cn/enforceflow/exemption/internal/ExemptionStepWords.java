package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cn.enforceflow.inbox.StepDecisions;
import cn.enforceflow.processes.exemption.ExemptionModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What each step of a first-violation case decided, in the words of the case timeline:
 * the correction deadline, the check's result, the review's and the head's decisions with
 * their reasons, how the decision was served. Read from the entry {@link ExemptionAudit}
 * wrote for the step.
 */
@Component
class ExemptionStepWords implements StepDecisions {

	@Override
	public String processKey() {
		return ExemptionModel.PROCESS_KEY;
	}

	@Override
	public Optional<MessageSourceResolvable> decisionOf(String action, JsonNode after, String detail) {
		String reason = (detail != null) ? detail : "";
		return Optional.ofNullable(switch (action) {
			case "EXEMPTION_CORRECTION_ORDERED" -> words("ordered", day(after, "deadline"), text(after, "orderNumber"));
			case "EXEMPTION_CORRECTION_REPORTED" -> words("reported");
			case "EXEMPTION_CORRECTION_CHECKED" -> after.path("accepted").asBoolean()
					? words("checked.accepted", outcome(after)) : words("checked.rejected", reason);
			case "EXEMPTION_PROPOSED" -> words("proposed");
			case "EXEMPTION_LEGAL_REVIEWED" ->
				after.path("approved").asBoolean() ? words("reviewed.approved") : words("reviewed.returned", reason);
			case "EXEMPTION_HEAD_DECIDED" -> switch (text(after, "decision")) {
				case "APPROVED" -> words("head.APPROVED", text(after, "decisionNumber"));
				case "RETURNED" -> words("head.RETURNED", reason);
				default -> words("head.GENERAL_PROCEDURE", reason);
			};
			case "EXEMPTION_DECISION_SERVED" -> words("served." + text(after, "serviceMethod"), day(after, "servedOn"));
			case "EXEMPTION_DECISION_RECEIVED" -> words("received");
			case "EXEMPTION_DECISION_PUBLISHED" -> words("published", day(after, "publishedOn"));
			default -> null;
		});
	}

	private static MessageSourceResolvable outcome(JsonNode after) {
		return new DefaultMessageSourceResolvable(new String[] { "exemption.assessment." + text(after, "outcome") },
				text(after, "outcome"));
	}

	private static MessageSourceResolvable words(String decision, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { "exemption.decision." + decision }, args);
	}

	private static Object day(JsonNode after, String field) {
		String value = text(after, field);
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private static String text(JsonNode after, String field) {
		return after.path(field).asText("");
	}

}
