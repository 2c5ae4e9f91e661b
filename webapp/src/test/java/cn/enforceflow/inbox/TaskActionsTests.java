package cn.enforceflow.inbox;

import java.util.Locale;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.identity.Role;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claim, unclaim, 转办, 退回 and comments through the API: each allowed only to whom it
 * belongs, each in the audit trail, and two people claiming the same task at the same
 * moment never both succeed.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskActionsTests {

	private static final String CONFLICT = "该任务已被他人处理";

	@Autowired
	MessageSource messages;

	@Autowired
	InboxFixture fixture;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuditTrail audit;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	DepartmentCode department;

	@BeforeAll
	void department() {
		this.department = this.fixture.department("IBXA", "操作测试局");
		this.fixture.user("ibxa.d1", "受理员甲", Role.DISPATCHER, this.department);
		this.fixture.user("ibxa.d2", "受理员乙", Role.DISPATCHER, this.department);
		this.fixture.user("ibxa.o1", "执法员甲", Role.OFFICER, this.department);
		this.fixture.user("ibxa.o2", "执法员乙", Role.OFFICER, this.department);
	}

	@Test
	void aCandidateClaimsAndTheClaimIsAudited() {
		String invitation = submitted();
		Task task = acceptance(invitation);

		assertThat(post(task, "claim", "ibxa.d1").statusCode()).isEqualTo(204);

		assertThat(assigneeOf(task)).isEqualTo("ibxa.d1");
		assertThat(actions(invitation, task)).containsExactly("TASK_CLAIMED");
		AuditEntry claimed = entries(invitation, task).get(0);
		assertThat(claimed.actor()).isEqualTo("ibxa.d1");
		assertThat(claimed.before()).contains("\"assignee\":null");
		assertThat(claimed.after()).contains("\"assignee\":\"ibxa.d1\"");

		HttpResponse<String> second = post(task, "claim", "ibxa.d2");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(detail(second)).contains(CONFLICT);
		assertThat(post(task, "claim", "ibxa.d1").statusCode()).as("claiming one's own task again").isEqualTo(204);
		assertThat(actions(invitation, task)).containsExactly("TASK_CLAIMED");
	}

	@Test
	void peopleOutsideTheTasksGroupsDoNotKnowItExists() {
		String invitation = submitted();
		Task task = acceptance(invitation);

		for (String stranger : List.of("dispatcher1", "officer1", "ibxa.o1", "enterprise2", "supervisor1")) {
			HttpResponse<String> claim = post(task, "claim", stranger);
			assertThat(claim.statusCode()).as(stranger).isEqualTo(404);
			assertThat(detail(claim)).contains("不存在");
			assertThat(client().api("/api/tasks/" + task.getId(), stranger, "demo").statusCode()).as(stranger)
				.isEqualTo(404);
			assertThat(postJson(task, "comment", stranger, "{\"text\":\"看看\"}").statusCode()).isEqualTo(404);
		}
		assertThat(assigneeOf(task)).isNull();
		assertThat(entries(invitation, task)).isEmpty();
	}

	@Test
	void theHolderGivesATaskBackToTheGroup() {
		String invitation = submitted();
		Task task = acceptance(invitation);
		post(task, "claim", "ibxa.d1");

		HttpResponse<String> notHers = post(task, "unclaim", "ibxa.d2");
		assertThat(notHers.statusCode()).isEqualTo(409);
		assertThat(post(task, "unclaim", "ibxa.d1").statusCode()).isEqualTo(204);

		assertThat(assigneeOf(task)).isNull();
		assertThat(actions(invitation, task)).containsExactly("TASK_CLAIMED", "TASK_UNCLAIMED");
		assertThat(post(task, "unclaim", "ibxa.d1").statusCode()).as("nothing to give back").isEqualTo(403);
	}

	@Test
	void theHolderTransfersToAColleagueWhoMayDoTheTask() {
		String invitation = submitted();
		Task task = acceptance(invitation);
		post(task, "claim", "ibxa.d1");

		JsonNode details = read(client().api("/api/tasks/" + task.getId(), "ibxa.d1", "demo").body());
		assertThat(details.get("allowedActions")).extracting(JsonNode::asText)
			.contains("TRANSFER", "UNCLAIM", "COMPLETE", "COMMENT")
			.doesNotContain("CLAIM", "RETURN");
		assertThat(details.get("transferTo")).extracting((c) -> c.get("username").asText()).containsExactly("ibxa.d2");

		assertThat(detail(postJson(task, "transfer", "ibxa.d1", "{\"userId\":\"ibxa.o1\",\"reason\":\"出差\"}")))
			.contains("只能转办给该任务所属组的同事");
		assertThat(detail(postJson(task, "transfer", "ibxa.d1", "{\"userId\":\"ibxa.d1\",\"reason\":\"出差\"}")))
			.contains("不能转办给自己");
		assertThat(detail(postJson(task, "transfer", "ibxa.d1", "{}"))).contains("请选择转办给哪位同事");
		assertThat(detail(postJson(task, "transfer", "ibxa.d1", "{\"userId\":\"ibxa.d2\"}"))).contains("请填写转办理由");
		assertThat(detail(postJson(task, "transfer", "ibxa.d1", "{\"userId\":42,\"reason\":\"出差\"}")))
			.contains("userId", "应为文本");
		assertThat(postJson(task, "transfer", "ibxa.d2", "{\"userId\":\"ibxa.d2\",\"reason\":\"出差\"}").statusCode())
			.as("only the holder transfers")
			.isEqualTo(409);
		assertThat(assigneeOf(task)).isEqualTo("ibxa.d1");

		assertThat(postJson(task, "transfer", "ibxa.d1", "{\"userId\":\"ibxa.d2\",\"reason\":\"本周外出检查\"}").statusCode())
			.isEqualTo(204);

		assertThat(assigneeOf(task)).isEqualTo("ibxa.d2");
		assertThat(actions(invitation, task)).containsExactly("TASK_CLAIMED", "TASK_TRANSFERRED");
		assertThat(this.notifications.recent("ibxa.d2", 20)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notification.task.transferred");
			assertThat(read(notice, Locale.SIMPLIFIED_CHINESE)).contains("受理邀约", invitation, "受理员甲", "本周外出检查");
			assertThat(read(notice, Locale.ENGLISH)).contains("Accept the invitation", invitation);
			assertThat(notice.link()).isEqualTo("/tasks/" + task.getId());
		});
	}

	@Test
	void theLeadOfficerReturnsTheDateProposalToTheDispatcherWhoAccepted() {
		String invitation = submitted();
		this.fixture.accept(invitation, "ibxa.d2", "ibxa.o1", "ibxa.o2");
		Task proposal = this.fixture.task(invitation, InvitationModel.TASK_PROPOSE_VISIT_DATE);

		JsonNode details = read(client().api("/api/tasks/" + proposal.getId(), "ibxa.o1", "demo").body());
		assertThat(details.get("allowedActions")).extracting(JsonNode::asText).contains("RETURN");
		assertThat(details.get("returnTo").get("taskKey").asText()).isEqualTo(InvitationModel.TASK_ACCEPT_INVITATION);
		assertThat(details.get("returnTo").get("assignee").asText()).isEqualTo("ibxa.d2");

		assertThat(detail(postJson(proposal, "return", "ibxa.o1", "{\"reason\":\"  \"}"))).contains("请填写退回理由");
		assertThat(detail(postJson(proposal, "return", "ibxa.o1", "{\"reason\":\"" + "长".repeat(501) + "\"}")))
			.contains("不能超过 500 个字");
		assertThat(postJson(proposal, "return", "ibxa.o2", "{\"reason\":\"我来退\"}").statusCode())
			.as("the second officer does not hold it")
			.isEqualTo(409);

		HttpResponse<String> returned = postJson(proposal, "return", "ibxa.o1",
				"{\"reason\":\"执法员乙本周外出培训，请重新指派协办人员 🙏\"}");
		assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);

		Task reopened = this.fixture.task(invitation, InvitationModel.TASK_ACCEPT_INVITATION);
		assertThat(reopened.getAssignee()).isEqualTo("ibxa.d2");
		assertThat(this.fixture.task(invitation, InvitationModel.TASK_PROPOSE_VISIT_DATE)).isNull();
		assertThat(reopened.getDueDate()).isNotNull();
		JsonNode done = read(client().api("/api/tasks?view=done", "ibxa.o1", "demo").body());
		assertThat(done.get("items")).anySatisfy((item) -> {
			assertThat(item.get("businessKey").asText()).isEqualTo(invitation);
			assertThat(item.get("outcome").asText()).isEqualTo("RETURNED");
		});
		assertThat(actions(invitation, proposal)).containsExactly("TASK_RETURNED");
		assertThat(entries(invitation, proposal).get(0).detail()).contains("外出培训", "🙏");
		assertThat(this.notifications.recent("ibxa.d2", 20)).anySatisfy((notice) -> {
			assertThat(notice.messageKey()).isEqualTo("notification.task.returned");
			assertThat(read(notice, Locale.SIMPLIFIED_CHINESE)).contains("拟定检查时间", invitation, "执法员甲");
			assertThat(notice.link()).isEqualTo("/tasks/" + reopened.getId());
		});

		HttpResponse<String> noReturn = postJson(reopened, "return", "ibxa.d2", "{\"reason\":\"试试\"}");
		assertThat(noReturn.statusCode()).as("acceptance has no earlier step").isEqualTo(403);
		assertThat(detail(noReturn)).contains("该环节不能退回");
	}

	@Test
	void commentsNeedTextAndAreKeptWithTheCase() {
		String invitation = submitted();
		Task task = acceptance(invitation);

		assertThat(detail(postJson(task, "comment", "ibxa.d1", "{\"text\":\"\"}"))).contains("请填写意见");
		assertThat(detail(postJson(task, "comment", "ibxa.d1", "{\"text\":\"" + "字".repeat(2001) + "\"}")))
			.contains("不能超过 2000 个字");
		assertThat(postJson(task, "comment", "ibxa.d2", "{\"text\":\"请甲同志优先受理\"}").statusCode()).isEqualTo(204);

		assertThat(actions(invitation, task)).containsExactly("TASK_COMMENTED");
		JsonNode timeline = read(client().api("/api/cases/" + invitation + "/timeline", "ibxa.d1", "demo").body());
		assertThat(timeline.get("steps").get(0).get("notes")).anySatisfy((note) -> {
			assertThat(note.get("kind").asText()).isEqualTo("COMMENT");
			assertThat(note.get("text").asText()).isEqualTo("请甲同志优先受理");
			assertThat(note.get("author").get("displayName").asText()).isEqualTo("受理员乙");
		});
	}

	@Test
	void aSuspendedCaseCanBeSeenButNotWorkedOn() {
		String invitation = submitted();
		Task task = acceptance(invitation);
		this.runtime.suspendProcessInstanceById(task.getProcessInstanceId());
		try {
			JsonNode item = read(client().api("/api/tasks?view=group", "ibxa.d1", "demo").body()).get("items");
			assertThat(item).anySatisfy((i) -> {
				assertThat(i.get("businessKey").asText()).isEqualTo(invitation);
				assertThat(i.get("suspended").asBoolean()).isTrue();
			});
			HttpResponse<String> claim = post(task, "claim", "ibxa.d1");
			assertThat(claim.statusCode()).isEqualTo(409);
			assertThat(detail(claim)).contains("已挂起");
		}
		finally {
			this.runtime.activateProcessInstanceById(task.getProcessInstanceId());
		}
	}

	/**
	 * Two dispatchers press 认领 on the same task at the same moment, over and over: each
	 * time exactly one has it, the other is told in Chinese that someone else dealt with
	 * it, and the engine, the inbox and the audit trail agree on who won.
	 */
	@Test
	void twoPeopleClaimingAtTheSameMomentNeverBothSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 15; round++) {
				String invitation = submitted();
				Task task = acceptance(invitation);
				CyclicBarrier together = new CyclicBarrier(2);
				List<CompletableFuture<HttpResponse<String>>> claims = new ArrayList<>();
				for (String dispatcher : List.of("ibxa.d1", "ibxa.d2")) {
					claims.add(CompletableFuture.supplyAsync(() -> {
						SignedInClient client = client();
						await(together);
						return post(client, task, "claim", dispatcher);
					}, pool));
				}
				List<HttpResponse<String>> answers = new ArrayList<>();
				for (CompletableFuture<HttpResponse<String>> claim : claims) {
					answers.add(claim.get(30, TimeUnit.SECONDS));
				}

				assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
				HttpResponse<String> lost = answers.stream().filter((a) -> a.statusCode() == 409).findFirst().get();
				assertThat(detail(lost)).contains(CONFLICT);
				String winner = (answers.get(0).statusCode() == 204) ? "ibxa.d1" : "ibxa.d2";
				assertThat(assigneeOf(task)).as("round %d", round).isEqualTo(winner);
				assertThat(this.jdbc.queryForObject("select assignee from inbox_task where task_id = ?", String.class,
						task.getId()))
					.isEqualTo(winner);
				assertThat(entries(invitation, task)).singleElement()
					.satisfies((entry) -> assertThat(entry.actor()).isEqualTo(winner));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String submitted() {
		String invitation = this.fixture.submit(this.department);
		return invitation;
	}

	private Task acceptance(String invitation) {
		return this.fixture.task(invitation, InvitationModel.TASK_ACCEPT_INVITATION);
	}

	private String assigneeOf(Task task) {
		return this.tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
	}

	private List<AuditEntry> entries(String invitation, Task task) {
		return this.audit.ofCase(invitation).stream().filter((e) -> task.getId().equals(e.subjectId())).toList();
	}

	private List<String> actions(String invitation, Task task) {
		return entries(invitation, task).stream().map(AuditEntry::action).toList();
	}

	private HttpResponse<String> post(Task task, String action, String username) {
		return post(client(), task, action, username);
	}

	private static HttpResponse<String> post(SignedInClient client, Task task, String action, String username) {
		return client.apiPost("/api/tasks/" + task.getId() + "/" + action, username, "demo");
	}

	private HttpResponse<String> postJson(Task task, String action, String username, String body) {
		return client().apiPost("/api/tasks/" + task.getId() + "/" + action, username, "demo", body);
	}

	private String detail(HttpResponse<String> problem) {
		return ApiAnswers.detail(problem);
	}

	private JsonNode read(String body) {
		return ApiAnswers.json(body);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SignedInClient client() {
		return new SignedInClient(this.port);
	}

	/** The notice as its reader sees it. */
	private String read(cn.enforceflow.notification.Notification notice, Locale locale) {
		return this.messages.getMessage(notice.messageKey(), notice.arguments().toArray(), locale);
	}

}
