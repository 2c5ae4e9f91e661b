package cn.enforceflow.inbox;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four views of the inbox, through the API and the page, for the people of a
 * department of the test's own: what each view holds, its filters, its order, its pages,
 * and the answers to parameters nobody should send.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxViewsTests {

	@Autowired
	InboxFixture fixture;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	DepartmentCode department;

	DepartmentCode pagedDepartment;

	@BeforeAll
	void department() {
		this.department = this.fixture.department("IBXV", "收件箱测试局");
		this.fixture.user("ibxv.d1", "受理员甲", Role.DISPATCHER, this.department);
		this.fixture.user("ibxv.d2", "受理员乙", Role.DISPATCHER, this.department);
		this.fixture.user("ibxv.o1", "执法员甲", Role.OFFICER, this.department);
		this.fixture.user("ibxv.o2", "执法员乙", Role.OFFICER, this.department);
		this.pagedDepartment = this.fixture.department("IBXP", "分页测试局");
		this.fixture.user("ibxp.d1", "分页受理员", Role.DISPATCHER, this.pagedDepartment);
	}

	@Test
	void groupQueueHoldsTheUnclaimedTasksOfMyGroupsForEveryoneInThem() {
		String invitation = this.fixture.submit(this.department);

		JsonNode item = itemOf(tasks("ibxv.d1", "view=group"), invitation);
		assertThat(item.get("name").asText()).isEqualTo("受理邀约");
		assertThat(item.get("processKey").asText()).isEqualTo("invitation");
		assertThat(item.get("processName").asText()).isEqualTo("邀约式执法检查");
		assertThat(item.get("assignee").isNull()).isTrue();
		assertThat(item.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("IBXV.DISPATCHER");
		assertThat(item.get("workingDaysLeft").asInt()).isBetween(0, 2);
		assertThat(item.get("overdue").asBoolean()).isFalse();
		assertThat(item.has("id") && item.has("created") && item.has("due")).isTrue();
		assertThat(keysOf(tasks("ibxv.d2", "view=group"))).contains(invitation);

		assertThat(keysOf(tasks("officer1", "view=group"))).doesNotContain(invitation);
		assertThat(keysOf(tasks("dispatcher1", "view=group"))).doesNotContain(invitation);
		assertThat(keysOf(tasks("enterprise2", "view=group"))).doesNotContain(invitation);
		assertThat(keysOf(tasks("ibxv.o1", "view=group"))).doesNotContain(invitation);
	}

	@Test
	void claimedTaskMovesFromTheGroupQueueToTheClaimersTodo() {
		String invitation = this.fixture.submit(this.department);
		String taskId = itemOf(tasks("ibxv.d1", "view=group"), invitation).get("id").asText();

		assertThat(client().apiPost("/api/tasks/" + taskId + "/claim", "ibxv.d1", "demo").statusCode()).isEqualTo(204);

		JsonNode mine = itemOf(tasks("ibxv.d1", "view=todo"), invitation);
		assertThat(mine.get("assignee").asText()).isEqualTo("ibxv.d1");
		assertThat(keysOf(tasks("ibxv.d1", "view=group"))).doesNotContain(invitation);
		assertThat(keysOf(tasks("ibxv.d2", "view=group"))).doesNotContain(invitation);
		assertThat(keysOf(tasks("ibxv.d2", "view=todo"))).doesNotContain(invitation);
	}

	@Test
	void officerTasksAreInTheLeadOfficersTodo() {
		String invitation = this.fixture.submit(this.department);
		this.fixture.accept(invitation, "ibxv.d1", "ibxv.o1", "ibxv.o2");

		JsonNode proposal = itemOf(tasks("ibxv.o1", "view=todo"), invitation);
		assertThat(proposal.get("name").asText()).isEqualTo("拟定检查时间");
		assertThat(proposal.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("IBXV.OFFICER");
	}

	@Test
	void overdueAndDueWithinFilterByTheWorkingDayCalendar() {
		// due 2026-02-24 23:59:59, two working days after a Friday before the Spring
		// Festival
		String late = this.fixture.submitAt("2026-02-13T10:00:00", this.department);
		String fresh = this.fixture.submit(this.department);
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		LocalDate freshDue = this.calendar.addWorkingDays(today, 2);
		int freshLeft = this.calendar.workingDaysBetween(today, freshDue);

		List<String> overdue = keysOf(tasks("ibxv.d1", "view=group&overdue=true"));
		assertThat(overdue).contains(late).doesNotContain(fresh);
		JsonNode lateItem = itemOf(tasks("ibxv.d1", "view=group&overdue=true"), late);
		assertThat(lateItem.get("overdue").asBoolean()).isTrue();
		assertThat(lateItem.get("workingDaysLeft").asInt()).isNegative();

		assertThat(keysOf(tasks("ibxv.d1", "view=group&dueWithin=" + freshLeft))).contains(fresh, late);
		if (freshLeft > 0) {
			assertThat(keysOf(tasks("ibxv.d1", "view=group&dueWithin=" + (freshLeft - 1)))).doesNotContain(fresh)
				.contains(late);
		}
		assertThat(keysOf(tasks("ibxv.d1", "view=group&process=exemption"))).isEmpty();
		assertThat(keysOf(tasks("ibxv.d1", "view=group&process=invitation"))).contains(fresh, late);
	}

	@Test
	void queueIsPagedSoonestDueFirstWithoutGapsOrRepeats() {
		List<String> submitted = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			// one each working day: each has its own due date, two working days later
			String invitation = this.fixture.submitAt(
					this.calendar.addWorkingDays(LocalDate.of(2026, 9, 1), i) + "T10:00:00", this.pagedDepartment);
			submitted.add(invitation);
		}

		JsonNode first = tasks("ibxp.d1", "view=group&size=10&page=0");
		JsonNode last = tasks("ibxp.d1", "view=group&size=10&page=2");
		assertThat(first.get("total").asLong()).isEqualTo(25);
		assertThat(first.get("totalPages").asInt()).isEqualTo(3);
		assertThat(first.get("items")).hasSize(10);
		assertThat(last.get("items")).hasSize(5);

		List<String> walked = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			walked.addAll(keysOf(tasks("ibxp.d1", "view=group&size=10&page=" + page)));
		}
		assertThat(walked).containsExactlyElementsOf(submitted);

		List<String> newestFirst = new ArrayList<>(submitted);
		Collections.reverse(newestFirst);
		assertThat(keysOf(tasks("ibxp.d1", "view=group&size=5&sort=created")))
			.containsExactlyElementsOf(newestFirst.subList(0, 5));
		assertThat(tasks("ibxp.d1", "view=group&size=10&page=7").get("items")).isEmpty();
	}

	@Test
	void doneHoldsWhatIFinishedAndStartedWhatIBegan() {
		String invitation = this.fixture.submit(this.department);
		this.fixture.accept(invitation, "ibxv.d2", "ibxv.o1", "ibxv.o2");

		JsonNode done = itemOf(tasks("ibxv.d2", "view=done"), invitation);
		assertThat(done.get("name").asText()).isEqualTo("受理邀约");
		assertThat(done.get("outcome").asText()).isEqualTo("COMPLETED");
		assertThat(done.get("late").asBoolean()).isFalse();
		assertThat(keysOf(tasks("ibxv.d1", "view=done"))).doesNotContain(invitation);

		JsonNode started = itemOf(tasks("enterprise1", "view=started"), invitation);
		assertThat(started.get("state").asText()).isEqualTo("ACTIVE");
		assertThat(started.get("currentSteps")).extracting((step) -> step.get("name").asText())
			.containsExactly("拟定检查时间");
		assertThat(keysOf(tasks("enterprise2", "view=started"))).doesNotContain(invitation);
	}

	@Test
	void parametersNobodyShouldSendAreAnsweredInChinese() {
		assertProblem("view=mine", "参数 view 的值“mine”无效");
		assertProblem("page=-1", "参数 page 的值“-1”无效");
		assertProblem("page=abc", "参数 page 的值“abc”无效");
		assertProblem("size=1000", "参数 size 的值“1000”无效，应为 1 到 100 之间的整数");
		assertProblem("dueWithin=soon", "参数 dueWithin 的值“soon”无效");
		assertProblem("overdue=maybe", "参数 overdue 的值“maybe”无效");
		assertProblem("sort=name", "参数 sort 的值“name”无效");

		HttpResponse<String> anonymous = client().api("/api/tasks", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void pageShowsTheViewsWithTheirCountsAndTheQueue() {
		String invitation = this.fixture.submit(this.department);
		SignedInClient browser = client();
		browser.signIn("ibxv.d1", "demo");

		String page = browser.get("/tasks?view=group").body();
		assertThat(page).contains("部门待领", "待办", "已办", "我发起的", invitation, "收件箱测试局 · 受理派单人", "认领");

		HttpResponse<String> broken = browser.get("/tasks?view=group&page=zzz");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("参数 page 的值“zzz”无效");
	}

	private void assertProblem(String query, String detail) {
		HttpResponse<String> response = client().api("/api/tasks?" + query, "ibxv.d1", "demo");
		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(ApiAnswers.detail(response)).as(query).contains(detail);
	}

	private JsonNode tasks(String username, String query) {
		HttpResponse<String> response = client().api("/api/tasks?" + query, username, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiAnswers.json(response);
	}

	private static JsonNode itemOf(JsonNode page, String businessKey) {
		for (JsonNode item : page.get("items")) {
			if (businessKey.equals(item.get("businessKey").asText())) {
				return item;
			}
		}
		throw new AssertionError(businessKey + " is not in " + page);
	}

	private static List<String> keysOf(JsonNode page) {
		List<String> keys = new ArrayList<>();
		page.get("items").forEach((item) -> keys.add(item.get("businessKey").asText()));
		return keys;
	}

	private SignedInClient client() {
		return new SignedInClient(this.port);
	}

}
