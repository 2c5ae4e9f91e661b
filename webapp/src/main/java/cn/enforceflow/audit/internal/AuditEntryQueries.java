package cn.enforceflow.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import cn.enforceflow.audit.AuditActionGroup;
import cn.enforceflow.audit.AuditCategory;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditFilter;
import cn.enforceflow.audit.AuditPage;
import cn.enforceflow.audit.AuditSearch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail's filters in plain SQL over {@code audit_entry}, newest first by seq. Each
 * filter has an index (migration V11): {@code (case_key, seq)}, {@code (actor, seq)},
 * {@code (action, seq)} and {@code (recorded_at, seq)}; a category is a list of action
 * codes. Only reads: appending and checking the chain are {@link AuditTrailService}'s.
 */
@Service
@Transactional(readOnly = true)
class AuditEntryQueries implements AuditSearch {

	private static final String COLUMNS = "seq, recorded_at, actor, action, case_key, subject_type, subject_id, "
			+ "before_json, after_json, detail, previous_hash, hash";

	private static final RowMapper<AuditEntry> ENTRY = AuditEntryQueries::entry;

	private static final List<String> SECURITY_ACTIONS = AuditActionGroup.of(AuditCategory.SECURITY)
		.stream()
		.flatMap((group) -> group.actions().stream())
		.toList();

	private final JdbcTemplate jdbc;

	AuditEntryQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public AuditPage find(AuditFilter filter, int page, int size) {
		Objects.requireNonNull(filter, "filter");
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative: " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ": " + size);
		}
		Where where = Where.of(filter);
		long total = count(where);
		long offset = (long) page * size;
		if (offset >= total) {
			return new AuditPage(List.of(), page, size, total);
		}
		List<Object> arguments = new ArrayList<>(where.arguments());
		arguments.add(size);
		arguments.add(offset);
		List<AuditEntry> items = this.jdbc.query(
				"select " + COLUMNS + " from audit_entry" + where.sql() + " order by seq desc limit ? offset ?", ENTRY,
				arguments.toArray());
		return new AuditPage(items, page, size, total);
	}

	@Override
	public long count(AuditFilter filter) {
		return count(Where.of(Objects.requireNonNull(filter, "filter")));
	}

	private long count(Where where) {
		Long count = this.jdbc.queryForObject("select count(*) from audit_entry" + where.sql(), Long.class,
				where.arguments().toArray());
		return (count != null) ? count : 0;
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"),
				rs.getObject("recorded_at", LocalDateTime.class).atZone(AuditTrailService.ZONE).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("case_key"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("before_json"), rs.getString("after_json"),
				rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}

	/** A where clause with its arguments, in order. */
	private record Where(String sql, List<Object> arguments) {

		static Where of(AuditFilter filter) {
			List<String> clauses = new ArrayList<>();
			List<Object> arguments = new ArrayList<>();
			if (filter.caseKey() != null) {
				clauses.add("case_key = ?");
				arguments.add(filter.caseKey());
			}
			if (filter.actor() != null) {
				clauses.add("actor = ?");
				arguments.add(filter.actor());
			}
			// days in Beijing time, as recorded_at is stored: from its first second to
			// the first second of the day after the last
			if (filter.from() != null) {
				clauses.add("recorded_at >= ?");
				arguments.add(filter.from().atStartOfDay());
			}
			if (filter.to() != null) {
				clauses.add("recorded_at < ?");
				arguments.add(filter.to().plusDays(1).atStartOfDay());
			}
			if (filter.action() != null) {
				clauses.add("action = ?");
				arguments.add(filter.action());
			}
			if (filter.category() != null) {
				// codes outside the catalogue count as case entries, so CASE is "not
				// security" rather than a list of its own
				String codes = String.join(", ", Collections.nCopies(SECURITY_ACTIONS.size(), "?"));
				clauses.add(((filter.category() == AuditCategory.SECURITY) ? "action in (" : "action not in (") + codes
						+ ")");
				arguments.addAll(SECURITY_ACTIONS);
			}
			return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses),
					List.copyOf(arguments));
		}

	}

}
