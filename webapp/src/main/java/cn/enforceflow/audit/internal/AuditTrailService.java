package cn.enforceflow.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.audit.AuditVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in two tables, in plain SQL so that what is locked, read and written is
 * visible: {@code audit_entry} is only ever inserted into; the one row of
 * {@code audit_chain} is the head of the chain and the lock that orders appenders.
 */
@Service
@Transactional(readOnly = true)
class AuditTrailService implements AuditTrail {

	/** Times are stored as Beijing time, whatever the node's time zone. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Entries read per query by {@link #verify()}. */
	static final int BATCH = 1000;

	private static final int MAX_LATEST = 1000;

	private static final String COLUMNS = "seq, recorded_at, actor, action, case_key, subject_type, subject_id, "
			+ "before_json, after_json, detail, previous_hash, hash";

	private static final RowMapper<AuditEntry> ENTRY = AuditTrailService::entry;

	private static final RowMapper<Head> HEAD = (rs, row) -> new Head(rs.getLong("last_seq"),
			rs.getString("last_hash"));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditTrailService(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(AuditRecord record) {
		Objects.requireNonNull(record, "record");
		String before = CanonicalJson.write("before", record.before());
		String after = CanonicalJson.write("after", record.after());
		// the row lock is held until the caller commits: every other appender, on any
		// node, waits here and then reads the head this one wrote
		Head head = this.jdbc.queryForObject("select last_seq, last_hash from audit_chain where id = 1 for update",
				HEAD);
		long seq = head.seq() + 1;
		// whole seconds: MySQL's datetime keeps no more, and the hash must survive
		// the round trip
		Instant recordedAt = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		AuditEntry entry = hashed(new AuditEntry(seq, recordedAt, record.actor(), record.action(), record.caseKey(),
				record.subjectType(), record.subjectId(), before, after, record.detail(), head.hash(), null));
		this.jdbc.update("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				entry.seq(), LocalDateTime.ofInstant(entry.recordedAt(), ZONE), entry.actor(), entry.action(),
				entry.caseKey(), entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail(),
				entry.previousHash(), entry.hash());
		int moved = this.jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where id = 1 and last_seq = ?",
				seq, entry.hash(), head.seq());
		if (moved != 1) {
			throw new IllegalStateException("The head of the audit chain moved while it was locked");
		}
		return entry;
	}

	@Override
	public List<AuditEntry> ofCase(String caseKey) {
		Objects.requireNonNull(caseKey, "caseKey");
		return this.jdbc.query("select " + COLUMNS + " from audit_entry where case_key = ? order by seq", ENTRY,
				caseKey);
	}

	@Override
	public List<AuditEntry> latest(int limit) {
		if (limit < 1 || limit > MAX_LATEST) {
			throw new IllegalArgumentException("limit must be from 1 to " + MAX_LATEST + ": " + limit);
		}
		return this.jdbc.query("select " + COLUMNS + " from audit_entry order by seq desc limit ?", ENTRY, limit);
	}

	@Override
	public AuditVerification verify() {
		// the head as it is now bounds the walk: later appends wait for the next one
		Head head = this.jdbc.queryForObject("select last_seq, last_hash from audit_chain where id = 1", HEAD);
		ChainCheck check = new ChainCheck();
		boolean intact = true;
		// seq ranges rather than LIMIT/OFFSET: at most BATCH rows each, on every database
		for (long from = 0; intact && from < head.seq(); from += BATCH) {
			List<AuditEntry> batch = this.jdbc.query(
					"select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq", ENTRY, from,
					Math.min(from + BATCH, head.seq()));
			for (AuditEntry entry : batch) {
				intact = check.next(entry);
				if (!intact) {
					break;
				}
			}
		}
		return check.end(head.seq(), head.hash());
	}

	private static AuditEntry hashed(AuditEntry entry) {
		return new AuditEntry(entry.seq(), entry.recordedAt(), entry.actor(), entry.action(), entry.caseKey(),
				entry.subjectType(), entry.subjectId(), entry.before(), entry.after(), entry.detail(),
				entry.previousHash(), AuditHash.of(entry));
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"),
				rs.getObject("recorded_at", LocalDateTime.class).atZone(ZONE).toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("case_key"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("before_json"), rs.getString("after_json"),
				rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}

	/**
	 * The head of the chain: the last entry's seq and hash (0 and 64 zeros when empty).
	 */
	private record Head(long seq, String hash) {

	}

}
