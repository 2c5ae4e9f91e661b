package cn.enforceflow.invitation;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One source for field rules: every free-text field of the invitation's step forms has
 * the limit the services keep ({@link InvitationFields}), and every limit of a form is
 * one of them — a form saying 200 where the service says 500 fails here.
 */
class InvitationFieldLimitsTests {

	/** Form file, field path: the limit the service keeps. */
	private static final Map<String, Integer> LIMITS = new LinkedHashMap<>();

	static {
		LIMITS.put("UserTask_AcceptInvitation/reason", InvitationFields.REASON);
		LIMITS.put("UserTask_ProposeVisitDate/reason", InvitationFields.REASON);
		LIMITS.put("UserTask_ConfirmVisitDate/reason", InvitationFields.REASON);
		LIMITS.put("UserTask_AnswerCounterProposal/reason", InvitationFields.REASON);
		LIMITS.put("UserTask_RecordInspection/dateChangeReason", InvitationFields.REASON);
		LIMITS.put("UserTask_RecordInspection/findings.description", InvitationFields.HAZARD_DESCRIPTION);
		LIMITS.put("UserTask_RecordInspection/findings.legalBasis", InvitationFields.LEGAL_BASIS);
		LIMITS.put("UserTask_RecordInspection/findings.advice", InvitationFields.ADVICE);
		LIMITS.put("UserTask_ReportRectification/hazards.description", InvitationFields.RECTIFICATION);
		LIMITS.put("UserTask_VerifyRectification/hazards.reason", InvitationFields.REASON);
		LIMITS.put("UserTask_RateService/comment", InvitationFields.RATING_COMMENT);
	}

	private static final String[] FORMS = { "UserTask_AcceptInvitation", "UserTask_ProposeVisitDate",
			"UserTask_ConfirmVisitDate", "UserTask_AnswerCounterProposal", "UserTask_RecordInspection",
			"UserTask_ReportRectification", "UserTask_VerifyRectification", "UserTask_RateService" };

	@Test
	void everyTextFieldOfTheFormsHasTheServicesLimit() throws IOException {
		Map<String, Integer> inForms = new TreeMap<>();
		for (String form : FORMS) {
			collect(form, "", read(form).get("fields"), inForms);
		}
		assertThat(inForms).as("text fields of forms/invitation and their maxLength").isEqualTo(new TreeMap<>(LIMITS));
	}

	@Test
	void theScoreOfARatingHasTheServicesBounds() throws IOException {
		JsonNode score = field(read("UserTask_RateService").get("fields"), "score");
		assertThat(score.get("min").asInt()).isEqualTo(InvitationFields.SCORE_MIN);
		assertThat(score.get("max").asInt()).isEqualTo(InvitationFields.SCORE_MAX);
	}

	private static void collect(String form, String prefix, JsonNode fields, Map<String, Integer> limits) {
		for (JsonNode field : fields) {
			String type = field.get("type").asText();
			String path = prefix + field.get("name").asText();
			if ("rows".equals(type)) {
				collect(form, path + ".", field.get("fields"), limits);
			}
			else if ("text".equals(type) || "textarea".equals(type)) {
				// the forms' own defaults (200 and 2000) count as a limit too
				int max = field.has("maxLength") ? field.get("maxLength").asInt() : ("text".equals(type) ? 200 : 2000);
				limits.put(form + "/" + path, max);
			}
		}
	}

	private static JsonNode field(JsonNode fields, String name) {
		for (JsonNode field : fields) {
			if (name.equals(field.get("name").asText())) {
				return field;
			}
		}
		throw new AssertionError("no field " + name);
	}

	private static JsonNode read(String form) throws IOException {
		try (InputStream in = InvitationFieldLimitsTests.class.getClassLoader()
			.getResourceAsStream("forms/invitation/" + form + ".json")) {
			assertThat(in).as("forms/invitation/%s.json", form).isNotNull();
			return new ObjectMapper().readTree(in);
		}
	}

}
