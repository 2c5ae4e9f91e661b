package cn.enforceflow.inbox;

import java.time.Clock;
import java.time.LocalDate;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.TestClock;
import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.DepartmentCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task shows its due date and the working days left, or how many it is late, in red.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeTasksTests {

	/**
	 * A department of its own: the home page lists the ten soonest tasks, and other tests
	 * fill the demo departments' queues.
	 */
	private static final String DEPARTMENT = "IBXH";

	@Autowired
	InboxFixture fixture;

	private DepartmentCode department;

	@BeforeAll
	void department() {
		DepartmentCode department = this.fixture.department(DEPARTMENT, "首页测试局");
		this.department = department;
		this.fixture.user("ibxh.d1", "受理员甲", Role.DISPATCHER, department);
		this.fixture.user("ibxh.d2", "受理员乙", Role.DISPATCHER, department);
	}

	@Autowired
	Inbox inbox;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetEngineClock() {
		TestClock.reset();
	}

	@Test
	void aNewTaskShowsTheWorkingDaysLeft() {
		String invitation = this.fixture.submit(this.department);
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		int left = this.calendar.workingDaysBetween(today, this.calendar.addWorkingDays(today, 2));

		OpenTask task = taskOf("ibxh.d1", invitation);
		assertThat(task.due().state()).isEqualTo(DueStatus.State.REMAINING);
		assertThat(task.due().workingDays()).isEqualTo(left);
		assertThat(task.candidateGroups()).containsExactly(DEPARTMENT + ".DISPATCHER");

		String home = signedIn("ibxh.d1").get("/").body();
		assertThat(home).contains(invitation, "剩余 " + left + " 个工作日");
	}

	@Test
	void anOverdueTaskShowsHowLateItIsInRed() {
		String invitation = this.fixture.submitAt("2026-02-13T10:00:00", this.department);
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
		int late = this.calendar.workingDaysBetween(LocalDate.of(2026, 2, 24), today);

		OpenTask task = taskOf("ibxh.d2", invitation);
		assertThat(task.due().overdue()).isTrue();
		assertThat(task.due().workingDays()).isEqualTo(late);

		String home = signedIn("ibxh.d2").get("/").body();
		assertThat(home).contains("已超期 " + late + " 个工作日", "due-overdue");
	}

	@Test
	void peopleOutsideTheGroupDoNotSeeTheTask() {
		String invitation = this.fixture.submit(this.department);

		assertThat(this.inbox.openTasks(profile("officer3"), 50)).extracting(OpenTask::businessKey)
			.doesNotContain(invitation);
		assertThat(this.inbox.openTasks(profile("enterprise2"), 50)).extracting(OpenTask::businessKey)
			.doesNotContain(invitation);
	}

	private OpenTask taskOf(String username, String trackingNumber) {
		return this.inbox.openTasks(profile(username), 200)
			.stream()
			.filter((t) -> trackingNumber.equals(t.businessKey()))
			.findFirst()
			.orElseThrow();
	}

	private UserProfile profile(String username) {
		return this.users.profile(username).orElseThrow();
	}

	private SignedInClient signedIn(String username) {
		SignedInClient client = new SignedInClient(this.port);
		client.signIn(username, "demo");
		return client;
	}

}
