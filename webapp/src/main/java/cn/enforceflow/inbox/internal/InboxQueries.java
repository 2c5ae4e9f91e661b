package cn.enforceflow.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.inbox.DoneTask;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.inbox.InboxQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the inbox views over the read model. Each list is served by one index in its
 * order: {@code (assignee, sort_due, task_id)} for 待办, {@code (candidate, claimable,
 * sort_due, task_id)} once per principal for 部门待领 (merged here, so that a person with
 * several groups still reads each in index order), {@code (done_by, done_at)} for 已办 and
 * {@code (started_by, started_at)} for 我发起的.
 */
@Repository
class InboxQueries {

	private static final String TASK_COLUMNS = "t.task_id, t.process_instance_id, t.process_definition_id,"
			+ " t.process_key, t.task_key, t.name, t.business_key, t.assignee, t.created_at, t.due_at, t.sort_due";

	private static final RowMapper<TaskRow> TASK_ROW = (rs, n) -> new TaskRow(rs.getString("task_id"),
			rs.getString("process_instance_id"), rs.getString("process_definition_id"), rs.getString("process_key"),
			rs.getString("task_key"), rs.getString("name"), rs.getString("business_key"), rs.getString("assignee"),
			time(rs, "created_at"), time(rs, "due_at"));

	private final NamedParameterJdbcTemplate jdbc;

	InboxQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the tasks assigned to a user. */
	List<TaskRow> assignedTo(String username, Filter filter, InboxQuery.Sort sort, long offset, int limit) {
		MapSqlParameterSource parameters = filter.parameters()
			.addValue("assignee", username)
			.addValue("offset", offset)
			.addValue("limit", limit);
		return this.jdbc.query("select " + TASK_COLUMNS + " from inbox_task t where t.assignee = :assignee"
				+ filter.where("t") + order(sort, "t") + " limit :limit offset :offset", parameters, TASK_ROW);
	}

	long countAssignedTo(String username, Filter filter) {
		return count("select count(*) from inbox_task t where t.assignee = :assignee" + filter.where("t"),
				filter.parameters().addValue("assignee", username));
	}

	/**
	 * A page of the unclaimed tasks offered to any of the principals: the first
	 * {@code offset + limit} of each principal in index order, merged.
	 */
	List<TaskRow> claimableBy(Collection<String> principals, Filter filter, InboxQuery.Sort sort, long offset,
			int limit) {
		Map<String, Ranked> merged = new LinkedHashMap<>();
		for (String principal : principals) {
			MapSqlParameterSource parameters = filter.parameters()
				.addValue("candidate", principal)
				.addValue("limit", offset + limit);
			this.jdbc
				.query("select c.task_id, c.sort_due, c.created_at from inbox_candidate c"
						+ " where c.candidate = :candidate and c.claimable = true" + filter.where("c")
						+ order(sort, "c") + " limit :limit", parameters,
						(rs, n) -> new Ranked(rs.getString("task_id"), time(rs, "sort_due"), time(rs, "created_at")))
				.forEach((ranked) -> merged.putIfAbsent(ranked.taskId(), ranked));
		}
		List<String> page = merged.values()
			.stream()
			.sorted(Ranked.order(sort))
			.skip(offset)
			.limit(limit)
			.map(Ranked::taskId)
			.toList();
		return tasks(page);
	}

	long countClaimableBy(Collection<String> principals, Filter filter) {
		return count(
				"select count(distinct c.task_id) from inbox_candidate c where c.candidate in (:candidates)"
						+ " and c.claimable = true" + filter.where("c"),
				filter.parameters().addValue("candidates", principals));
	}

	/** The open tasks with these ids, in the order of the ids. */
	List<TaskRow> tasks(List<String> taskIds) {
		if (taskIds.isEmpty()) {
			return List.of();
		}
		Map<String, TaskRow> byId = new LinkedHashMap<>();
		this.jdbc
			.query("select " + TASK_COLUMNS + " from inbox_task t where t.task_id in (:ids)",
					new MapSqlParameterSource("ids", taskIds), TASK_ROW)
			.forEach((row) -> byId.put(row.taskId(), row));
		return taskIds.stream().map(byId::get).filter((row) -> row != null).toList();
	}

	/** The open tasks of some cases, soonest due first. */
	List<TaskRow> tasksOfCases(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				"select " + TASK_COLUMNS + " from inbox_task t where t.process_instance_id in (:ids)"
						+ " order by t.sort_due, t.task_id",
				new MapSqlParameterSource("ids", processInstanceIds), TASK_ROW);
	}

	/** Who may take each of these tasks: task id to its candidate principals. */
	Map<String, List<String>> candidatesOf(Collection<String> taskIds) {
		Map<String, List<String>> candidates = new LinkedHashMap<>();
		if (taskIds.isEmpty()) {
			return candidates;
		}
		this.jdbc.query(
				"select task_id, candidate from inbox_candidate where task_id in (:ids) order by task_id, candidate",
				new MapSqlParameterSource("ids", taskIds), (rs) -> {
					candidates.computeIfAbsent(rs.getString("task_id"), (id) -> new ArrayList<>())
						.add(rs.getString("candidate"));
				});
		return candidates;
	}

	List<DoneRow> doneBy(String username, Filter filter, long offset, int limit) {
		MapSqlParameterSource parameters = filter.parameters()
			.addValue("doneBy", username)
			.addValue("offset", offset)
			.addValue("limit", limit);
		return this.jdbc.query("select d.task_id, d.outcome, d.process_definition_id, d.process_key, d.name,"
				+ " d.business_key, d.created_at, d.due_at, d.done_at from inbox_done d where d.done_by = :doneBy"
				+ filter.processOnly("d") + " order by d.done_at desc, d.task_id desc limit :limit offset :offset",
				parameters,
				(rs, n) -> new DoneRow(rs.getString("task_id"), rs.getString("outcome"),
						rs.getString("process_definition_id"), rs.getString("process_key"), rs.getString("name"),
						rs.getString("business_key"), time(rs, "created_at"), time(rs, "due_at"), time(rs, "done_at")));
	}

	long countDoneBy(String username, Filter filter) {
		return count("select count(*) from inbox_done d where d.done_by = :doneBy" + filter.processOnly("d"),
				filter.parameters().addValue("doneBy", username));
	}

	/** Who started the case, if anyone did. */
	Optional<String> starterOf(String processInstanceId) {
		return this.jdbc
			.query("select started_by from inbox_case where process_instance_id = :id",
					new MapSqlParameterSource("id", processInstanceId), (rs, n) -> rs.getString("started_by"))
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	List<CaseRow> startedBy(String username, Filter filter, long offset, int limit) {
		MapSqlParameterSource parameters = filter.parameters()
			.addValue("startedBy", username)
			.addValue("offset", offset)
			.addValue("limit", limit);
		return this.jdbc.query(
				"select " + CaseRow.COLUMNS + " from inbox_case c where c.started_by = :startedBy"
						+ filter.processOnly("c")
						+ " order by c.started_at desc, c.process_instance_id desc limit :limit offset :offset",
				parameters, CaseRow.MAPPER);
	}

	long countStartedBy(String username, Filter filter) {
		return count("select count(*) from inbox_case c where c.started_by = :startedBy" + filter.processOnly("c"),
				filter.parameters().addValue("startedBy", username));
	}

	/** The case with this business key; the latest started if the key was reused. */
	Optional<CaseRow> caseOf(String businessKey) {
		return this.jdbc
			.query("select " + CaseRow.COLUMNS + " from inbox_case c where c.business_key = :businessKey"
					+ " order by c.started_at desc, c.process_instance_id desc limit 1",
					new MapSqlParameterSource("businessKey", businessKey), CaseRow.MAPPER)
			.stream()
			.findFirst();
	}

	/** Whether any of the principals started, held or could take a task of the case. */
	boolean tookPartIn(String processInstanceId, Collection<String> principals) {
		return count(
				"select count(*) from inbox_participant p where p.process_instance_id = :instance"
						+ " and p.participant in (:principals)",
				new MapSqlParameterSource("instance", processInstanceId).addValue("principals", principals)) > 0;
	}

	/**
	 * Puts a task its holder sent back into their 已办. (A completed task gets there from
	 * the engine's own event; the engine sees a returned task only as cancelled.)
	 */
	void recordReturned(OpenStep step, String username, Instant at) {
		this.jdbc.update("insert into inbox_done (task_id, done_by, outcome, process_instance_id,"
				+ " process_definition_id, process_key, task_key, name, business_key, created_at, due_at, done_at)"
				+ " values (:taskId, :doneBy, :outcome, :processInstanceId, :processDefinitionId, :processKey,"
				+ " :taskKey, :name, :businessKey, :created, :due, :done)",
				new MapSqlParameterSource().addValue("taskId", step.taskId())
					.addValue("doneBy", username)
					.addValue("outcome", DoneTask.Outcome.RETURNED.name())
					.addValue("processInstanceId", step.processInstanceId())
					.addValue("processDefinitionId", step.processDefinitionId())
					.addValue("processKey", step.processKey())
					.addValue("taskKey", step.taskKey())
					.addValue("name", step.name())
					.addValue("businessKey", step.businessKey())
					.addValue("created", ReadModelTime.of(step.created()))
					.addValue("due", ReadModelTime.of(step.due()))
					.addValue("done", ReadModelTime.of(at)));
	}

	private long count(String sql, MapSqlParameterSource parameters) {
		Long count = this.jdbc.queryForObject(sql, parameters, Long.class);
		return (count != null) ? count : 0;
	}

	private static String order(InboxQuery.Sort sort, String alias) {
		return switch (sort) {
			case DUE -> " order by " + alias + ".sort_due, " + alias + ".task_id";
			case CREATED -> " order by " + alias + ".created_at desc, " + alias + ".task_id desc";
		};
	}

	static LocalDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	/**
	 * The filters of a view as SQL on a table with {@code process_key} and
	 * {@code sort_due} columns.
	 *
	 * @param overdueBefore only tasks due before this time
	 * @param dueBy only tasks due by this time
	 */
	record Filter(String processKey, LocalDateTime overdueBefore, LocalDateTime dueBy) {

		String where(String alias) {
			StringBuilder where = new StringBuilder(processOnly(alias));
			if (this.overdueBefore != null) {
				where.append(" and ").append(alias).append(".sort_due < :overdueBefore");
			}
			if (this.dueBy != null) {
				where.append(" and ").append(alias).append(".sort_due <= :dueBy");
			}
			return where.toString();
		}

		String processOnly(String alias) {
			return (this.processKey != null) ? " and " + alias + ".process_key = :processKey" : "";
		}

		MapSqlParameterSource parameters() {
			return new MapSqlParameterSource().addValue("processKey", this.processKey)
				.addValue("overdueBefore", this.overdueBefore)
				.addValue("dueBy", this.dueBy);
		}

	}

	/** An open task as the read model holds it. */
	record TaskRow(String taskId, String processInstanceId, String processDefinitionId, String processKey,
			String taskKey, String name, String businessKey, String assignee, LocalDateTime created,
			LocalDateTime due) {

	}

	/** A finished task as the read model holds it. */
	record DoneRow(String taskId, String outcome, String processDefinitionId, String processKey, String name,
			String businessKey, LocalDateTime created, LocalDateTime due, LocalDateTime done) {

	}

	/** A case as the read model holds it. */
	record CaseRow(String processInstanceId, String processDefinitionId, String processKey, String businessKey,
			String startedBy, LocalDateTime started, LocalDateTime ended, String endState) {

		static final String COLUMNS = "c.process_instance_id, c.process_definition_id, c.process_key,"
				+ " c.business_key, c.started_by, c.started_at, c.ended_at, c.end_state";

		static final RowMapper<CaseRow> MAPPER = (rs, n) -> new CaseRow(rs.getString("process_instance_id"),
				rs.getString("process_definition_id"), rs.getString("process_key"), rs.getString("business_key"),
				rs.getString("started_by"), time(rs, "started_at"), time(rs, "ended_at"), rs.getString("end_state"));

	}

	/** A candidate row's place in a list. */
	private record Ranked(String taskId, LocalDateTime sortDue, LocalDateTime created) {

		static Comparator<Ranked> order(InboxQuery.Sort sort) {
			return switch (sort) {
				case DUE -> Comparator.comparing(Ranked::sortDue).thenComparing(Ranked::taskId);
				case CREATED -> Comparator.comparing(Ranked::created).thenComparing(Ranked::taskId).reversed();
			};
		}

	}

}
