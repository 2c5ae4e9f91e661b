package cn.enforceflow.inbox.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Comments and return reasons on a case, kept in our own table: they are free text, and
 * the engine's comment table cannot hold every character on MySQL (3-byte utf8).
 */
@Repository
class CaseComments {

	/** The longest comment a person may write. */
	static final int MAX_LENGTH = 2000;

	private final JdbcTemplate jdbc;

	CaseComments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(String processInstanceId, String taskId, String taskName, String author, Kind kind, String body,
			Instant at) {
		this.jdbc.update(
				"insert into case_comment (process_instance_id, task_id, task_name, author, kind, body, created_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?)",
				processInstanceId, taskId, taskName, author, kind.name(), body, ReadModelTime.of(at));
	}

	/** Whether the task was urged since the moment. */
	boolean urgedSince(String taskId, Instant since) {
		Integer found = this.jdbc.queryForObject(
				"select count(*) from case_comment where task_id = ? and kind = ? and created_at >= ?", Integer.class,
				taskId, Kind.URGE.name(), ReadModelTime.of(since));
		return found != null && found > 0;
	}

	List<Comment> ofCase(String processInstanceId) {
		return this.jdbc.query(
				"select task_id, task_name, author, kind, body, created_at from case_comment"
						+ " where process_instance_id = ? order by created_at, id",
				(rs, n) -> new Comment(rs.getString("task_id"), rs.getString("task_name"), rs.getString("author"),
						Kind.valueOf(rs.getString("kind")), rs.getString("body"),
						ReadModelTime.instant(InboxQueries.time(rs, "created_at"))),
				processInstanceId);
	}

	/** What a comment is. */
	enum Kind {

		/** 意见: a remark on the task. */
		COMMENT,

		/** 退回理由: why the task was sent back. */
		RETURN,

		/** 转办理由: why the task was given to a colleague. */
		TRANSFER,

		/** 催办: an overdue task urged, with what was said. */
		URGE

	}

	/** A comment on a case, on one of its tasks. */
	record Comment(String taskId, String taskName, String author, Kind kind, String body, Instant at) {

	}

}
