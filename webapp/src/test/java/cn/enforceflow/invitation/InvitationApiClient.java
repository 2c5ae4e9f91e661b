package cn.enforceflow.invitation;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.TestClock;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.calendar.WorkingCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation API as its users call it from a test: the demo users, HTTP Basic, JSON
 * in and out, problems read back.
 */
abstract class InvitationApiClient {

	@Autowired
	AuditTrail audit;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void backToNow() {
		TestClock.reset();
	}

	String submit(String enterprise, LocalDate from, LocalDate to, String... items) {
		HttpResponse<String> submitted = post(enterprise, "/api/invitations",
				Map.of("departmentCode", "YJJ", "itemCodes", List.of(items), "windowStart", from.toString(),
						"windowEnd", to.toString(), "siteAddress", "淮阴区化工园区经三路16号", "contactName", "王建国",
						"contactPhone", "0517-84621035"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		return read(submitted).get("trackingNumber").asText();
	}

	String taskOf(String username, String tn) {
		for (JsonNode item : get(username, "/api/tasks?view=group&size=100").get("items")) {
			if (tn.equals(item.get("businessKey").asText())) {
				return item.get("id").asText();
			}
		}
		for (JsonNode item : get(username, "/api/tasks?view=todo&size=100").get("items")) {
			if (tn.equals(item.get("businessKey").asText())) {
				return item.get("id").asText();
			}
		}
		throw new AssertionError("no task of " + tn + " for " + username);
	}

	HttpResponse<String> action(String username, String tn, String action, Map<String, ?> body) {
		return post(username, "/api/invitations/" + tn + "/" + action, body);
	}

	HttpResponse<String> post(String username, String path, Map<String, ?> body) {
		return client().apiPost(path, username, "demo", write(body));
	}

	JsonNode get(String username, String path) {
		HttpResponse<String> response = client().api(path, username, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response);
	}

	String status(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response).get("status").asText();
	}

	String status(JsonNode invitation) {
		return invitation.get("status").asText();
	}

	String detail(HttpResponse<String> problem) {
		return ApiAnswers.detail(problem);
	}

	JsonNode read(HttpResponse<String> response) {
		return ApiAnswers.json(response);
	}

	String write(Object body) {
		return ApiAnswers.write(body);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	SignedInClient client() {
		return new SignedInClient(this.port);
	}

}
