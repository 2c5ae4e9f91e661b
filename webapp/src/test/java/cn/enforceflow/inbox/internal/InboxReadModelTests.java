package cn.enforceflow.inbox.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.enforceflow.FullApplication;
import cn.enforceflow.identity.Role;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read model says what the engine says: after every kind of change made through the
 * engine's own API (not only ours: Cockpit and the REST API change tasks too), and after
 * it is filled afresh from the engine.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxReadModelTests {

	@Autowired
	InboxFixture fixture;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InboxBackfill backfill;

	@Autowired
	TransactionTemplate transaction;

	DepartmentCode department;

	@BeforeAll
	void department() {
		this.department = this.fixture.department("IBXR", "读模型测试局");
		this.fixture.user("ibxr.d1", "受理员甲", Role.DISPATCHER, this.department);
		this.fixture.user("ibxr.o1", "执法员甲", Role.OFFICER, this.department);
		this.fixture.user("ibxr.o2", "执法员乙", Role.OFFICER, this.department);
	}

	@Test
	void everyEngineChangeToATaskReachesTheReadModel() {
		String invitation = this.fixture.submit(this.department);
		String instance = this.fixture.instance(invitation).getId();
		Task task = this.fixture.task(invitation, InvitationModel.TASK_ACCEPT_INVITATION);
		assertMatchesEngine(instance);

		this.tasks.claim(task.getId(), "ibxr.d1");
		assertMatchesEngine(instance);
		this.tasks.setAssignee(task.getId(), null);
		this.tasks.addCandidateGroup(task.getId(), "IBXR.OFFICER");
		this.tasks.addCandidateUser(task.getId(), "ibxr.o1");
		assertMatchesEngine(instance);
		this.tasks.deleteCandidateGroup(task.getId(), "IBXR.OFFICER");
		Task changed = this.tasks.createTaskQuery().taskId(task.getId()).singleResult();
		changed.setDueDate(new java.util.Date(changed.getDueDate().getTime() + 86_400_000L));
		changed.setName("受理邀约（加急）");
		this.tasks.saveTask(changed);
		assertMatchesEngine(instance);
		assertThat(
				this.jdbc.queryForObject("select name from inbox_task where task_id = ?", String.class, task.getId()))
			.isEqualTo("受理邀约（加急）");

		this.fixture.accept(invitation, "ibxr.d1", "ibxr.o1", "ibxr.o2");
		assertMatchesEngine(instance);
		assertThat(this.jdbc.queryForObject("select done_by from inbox_done where task_id = ?", String.class,
				task.getId()))
			.isEqualTo("ibxr.d1");

		this.runtime.deleteProcessInstance(instance, "撤回");
		assertMatchesEngine(instance);
		assertThat(this.jdbc.queryForObject("select end_state from inbox_case where process_instance_id = ?",
				String.class, instance))
			.isEqualTo("INTERNALLY_TERMINATED");
		assertThat(participants(instance)).contains("U:enterprise1", "U:ibxr.d1", "U:ibxr.o1", "G:IBXR.DISPATCHER",
				"G:IBXR.OFFICER");
	}

	@Test
	void fillingAfreshFromTheEngineGivesTheSameReadModel() {
		String open = this.fixture.submit(this.department);
		String instance = this.fixture.instance(open).getId();
		this.fixture.accept(open, "ibxr.d1", "ibxr.o1", "ibxr.o2");
		Map<String, Object> before = snapshot(instance);

		this.transaction.executeWithoutResult((status) -> this.backfill.fill());

		assertThat(snapshot(instance)).isEqualTo(before);
		assertMatchesEngine(instance);
	}

	/** Open tasks, their assignees, due dates and candidates: the same in both. */
	private void assertMatchesEngine(String instance) {
		List<Task> engine = this.tasks.createTaskQuery().processInstanceId(instance).list();
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select task_id, assignee, due_at, name from inbox_task where process_instance_id = ?", instance);
		assertThat(rows).extracting((row) -> row.get("task_id"))
			.containsExactlyInAnyOrderElementsOf(engine.stream().map(Task::getId).toList());
		for (Task task : engine) {
			Map<String, Object> row = rows.stream()
				.filter((r) -> task.getId().equals(r.get("task_id")))
				.findFirst()
				.orElseThrow();
			assertThat(row.get("assignee")).isEqualTo(task.getAssignee());
			assertThat(row.get("name")).isEqualTo(task.getName());
			assertThat(this.jdbc.queryForObject("select due_at from inbox_task where task_id = ?",
					java.time.LocalDateTime.class, task.getId()))
				.isEqualTo(ReadModelTime.of(task.getDueDate()));
			Set<String> candidates = this.tasks.getIdentityLinksForTask(task.getId())
				.stream()
				.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.map((link) -> (link.getGroupId() != null) ? "G:" + link.getGroupId() : "U:" + link.getUserId())
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(new TreeSet<>(
					this.jdbc.queryForList("select candidate from inbox_candidate where task_id = ? and claimable = ?",
							String.class, task.getId(), task.getAssignee() == null)))
				.isEqualTo(candidates);
		}
	}

	private Set<String> participants(String instance) {
		return new TreeSet<>(this.jdbc.queryForList(
				"select participant from inbox_participant where process_instance_id = ?", String.class, instance));
	}

	private Map<String, Object> snapshot(String instance) {
		return Map.of("case",
				this.jdbc.queryForList("select * from inbox_case where process_instance_id = ?", instance), "tasks",
				this.jdbc
					.queryForList("select * from inbox_task where process_instance_id = ? order by task_id", instance),
				"candidates",
				this.jdbc.queryForList("select c.* from inbox_candidate c join inbox_task t on t.task_id = c.task_id"
						+ " where t.process_instance_id = ? order by c.task_id, c.candidate", instance),
				"done", this.jdbc
					.queryForList("select * from inbox_done where process_instance_id = ? order by task_id", instance),
				"participants", participants(instance));
	}

}
