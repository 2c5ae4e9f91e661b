package cn.enforceflow.inbox;

import java.net.http.HttpResponse;
import java.util.List;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's timeline: every step with who, when, the outcome, remarks, the due date and
 * whether it was late; the diagram's finished and current elements; and who may read it.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseTimelineTests {

	@Autowired
	InboxFixture fixture;

	@LocalServerPort
	int port;

	DepartmentCode department;

	@BeforeAll
	void department() {
		this.department = this.fixture.department("IBXT", "进程测试局");
		this.fixture.user("ibxt.d1", "受理员甲", Role.DISPATCHER, this.department);
		this.fixture.user("ibxt.d2", "受理员乙", Role.DISPATCHER, this.department);
		this.fixture.user("ibxt.o1", "执法员甲", Role.OFFICER, this.department);
		this.fixture.user("ibxt.o2", "执法员乙", Role.OFFICER, this.department);
	}

	@Test
	void timelineListsEveryStepWithWhoWhenOutcomeAndLateness() {
		String invitation = this.fixture.submitAt("2026-02-13T10:00:00", this.department);
		Task acceptance = this.fixture.task(invitation, InvitationModel.TASK_ACCEPT_INVITATION);
		SignedInClient api = client();
		api.apiPost("/api/tasks/" + acceptance.getId() + "/claim", "ibxt.d1", "demo");
		api.apiPost("/api/tasks/" + acceptance.getId() + "/transfer", "ibxt.d1", "demo",
				"{\"userId\":\"ibxt.d2\",\"reason\":\"本周外出检查\"}");
		this.fixture.accept(invitation, "ibxt.d2", "ibxt.o1", "ibxt.o2");
		Task proposal = this.fixture.task(invitation, InvitationModel.TASK_PROPOSE_VISIT_DATE);
		api.apiPost("/api/tasks/" + proposal.getId() + "/return", "ibxt.o1", "demo", "{\"reason\":\"企业要求更换检查组\"}");

		JsonNode timeline = timeline("ibxt.d1", invitation);

		assertThat(timeline.get("businessKey").asText()).isEqualTo(invitation);
		assertThat(timeline.get("processName").asText()).isEqualTo("邀约式执法检查");
		assertThat(timeline.get("state").asText()).isEqualTo("ACTIVE");
		assertThat(timeline.get("startedBy").get("username").asText()).isEqualTo("enterprise1");
		JsonNode steps = timeline.get("steps");
		assertThat(steps).extracting((s) -> s.get("taskKey").asText())
			.containsExactly(InvitationModel.TASK_ACCEPT_INVITATION, InvitationModel.TASK_PROPOSE_VISIT_DATE,
					InvitationModel.TASK_ACCEPT_INVITATION);

		JsonNode accepted = steps.get(0);
		assertThat(accepted.get("outcome").asText()).isEqualTo("COMPLETED");
		assertThat(accepted.get("assignee").get("displayName").asText()).isEqualTo("受理员乙");
		assertThat(accepted.get("late").asBoolean()).as("due 2026-02-24, done today").isTrue();
		assertThat(accepted.get("lateWorkingDays").asInt()).isPositive();
		assertThat(accepted.get("notes")).extracting((n) -> n.get("kind").asText())
			.containsExactly("CLAIMED", "TRANSFERRED");
		assertThat(accepted.get("notes").get(1).get("to").get("displayName").asText()).isEqualTo("受理员乙");

		JsonNode returned = steps.get(1);
		assertThat(returned.get("outcome").asText()).isEqualTo("RETURNED");
		assertThat(returned.get("assignee").get("username").asText()).isEqualTo("ibxt.o1");
		assertThat(returned.get("notes")).singleElement().satisfies((note) -> {
			assertThat(note.get("kind").asText()).isEqualTo("RETURNED");
			assertThat(note.get("text").asText()).isEqualTo("企业要求更换检查组");
		});

		JsonNode open = steps.get(2);
		assertThat(open.get("outcome").asText()).isEqualTo("OPEN");
		assertThat(open.get("assignee").get("username").asText()).isEqualTo("ibxt.d2");
		assertThat(open.get("ended").isNull()).isTrue();
		assertThat(open.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("IBXT.DISPATCHER");

		assertThat(timeline.get("finishedActivities")).extracting(JsonNode::asText)
			.contains("StartEvent_InvitationSubmitted", InvitationModel.TASK_ACCEPT_INVITATION, "Gateway_Accepted")
			.doesNotContain(InvitationModel.TASK_PROPOSE_VISIT_DATE);
		assertThat(timeline.get("activeActivities")).extracting(JsonNode::asText)
			.contains(InvitationModel.TASK_ACCEPT_INVITATION);
	}

	@Test
	void participantsAndSupervisorsReadACaseAndNobodyElseKnowsOfIt() {
		String invitation = this.fixture.submit(this.department);

		// the department's people read its invitations, whether or not they took part yet
		for (String reader : List.of("ibxt.d2", "ibxt.o1", "enterprise1", "supervisor1", "bureauhead1", "admin")) {
			assertThat(client().api("/api/cases/" + invitation + "/timeline", reader, "demo").statusCode()).as(reader)
				.isEqualTo(200);
		}
		for (String stranger : List.of("dispatcher1", "officer3", "enterprise2", "inspector1", "legal1")) {
			HttpResponse<String> answer = client().api("/api/cases/" + invitation + "/timeline", stranger, "demo");
			assertThat(answer.statusCode()).as(stranger).isEqualTo(404);
			assertThat(read(answer.body()).get("detail").asText()).contains(invitation, "不存在");
			assertThat(client().api("/api/cases/" + invitation + "/diagram", stranger, "demo").statusCode())
				.isEqualTo(404);
		}
		assertThat(client().api("/api/cases/NO-SUCH-CASE/timeline", "admin", "demo").statusCode()).isEqualTo(404);
	}

	@Test
	void diagramIsTheCasesModelAndThePageDrawsItWithTheSteps() {
		String invitation = this.fixture.submit(this.department);

		HttpResponse<String> diagram = client().api("/api/cases/" + invitation + "/diagram", "ibxt.d1", "demo");
		assertThat(diagram.statusCode()).isEqualTo(200);
		assertThat(diagram.body()).contains("<bpmn:process id=\"invitation\"", "UserTask_AcceptInvitation");

		SignedInClient browser = client();
		browser.signIn("ibxt.d1", "demo");
		String page = browser.get("/cases/" + invitation).body();
		assertThat(page).contains("案件进程", invitation, "受理邀约", "办理中", "id=\"case-diagram\"",
				"data-active=\"UserTask_AcceptInvitation\"", "/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js");
		assertThat(browser.get("/cases/" + invitation + "/diagram", "application/xml").body())
			.contains("UserTask_AcceptInvitation");

		SignedInClient stranger = client();
		stranger.signIn("officer3", "demo");
		HttpResponse<String> refused = stranger.get("/cases/" + invitation);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("不存在").doesNotContain("受理邀约");
	}

	@Test
	void taskPageShowsTheFormAreaTheActionsAndTheHistory() {
		String invitation = this.fixture.submit(this.department);
		Task acceptance = this.fixture.task(invitation, InvitationModel.TASK_ACCEPT_INVITATION);
		SignedInClient browser = client();
		browser.signIn("ibxt.d1", "demo");

		String unclaimed = browser.get("/tasks/" + acceptance.getId()).body();
		assertThat(unclaimed).contains("受理邀约", invitation, "认领", "进程测试局 · 受理派单人", "部门受理/派单人受理或不予受理该邀约");

		HttpResponse<String> claimed = browser.postForm("/tasks/" + acceptance.getId() + "/claim", java.util.Map.of());
		assertThat(claimed.statusCode()).isEqualTo(302);
		String page = browser.get("/tasks/" + acceptance.getId()).body();
		assertThat(page).contains("已认领，请办理", "转办", "受理员乙", "退领", "填写意见");

		HttpResponse<String> stranger = new SignedInClient(this.port).get("/tasks/" + acceptance.getId());
		assertThat(stranger.statusCode()).as("not signed in").isEqualTo(302);
	}

	private JsonNode timeline(String username, String invitation) {
		HttpResponse<String> response = client().api("/api/cases/" + invitation + "/timeline", username, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response.body());
	}

	private static JsonNode read(String body) {
		return ApiAnswers.json(body);
	}

	private SignedInClient client() {
		return new SignedInClient(this.port);
	}

}
