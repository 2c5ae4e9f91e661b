package cn.enforceflow.audit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One state change to append to the audit trail: who did what, on which case and subject,
 * with the values before and after. Build it with {@link #of(String, String)} and the
 * {@code with...} methods.
 * <p>
 * Limits are counted in characters (an emoji is one), as MySQL counts them. Text must be
 * well-formed Unicode: the database must store exactly the characters that were hashed.
 *
 * @param actor the username, or {@link #SYSTEM} for the engine and scheduled work; at
 * most 64 characters
 * @param action a short code such as {@code TASK_CLAIMED}; at most 64 characters
 * @param caseKey the case's business key (tracking number), or null
 * @param subjectType what changed, e.g. {@code TASK}, or null; at most 32 characters
 * @param subjectId its id, or null; at most 64 characters
 * @param before the values before the change, or null. Values should be plain: text,
 * numbers, booleans, dates, and lists or maps of them; stored as JSON with keys sorted
 * @param after the values after the change, or null
 * @param detail free text, or null; at most 2000 characters
 */
public record AuditRecord(String actor, String action, String caseKey, String subjectType, String subjectId,
		Map<String, Object> before, Map<String, Object> after, String detail) {

	/** The actor of changes no person made: timers, the engine, start-up. */
	public static final String SYSTEM = "system";

	public static final int MAX_ACTOR = 64;

	public static final int MAX_ACTION = 64;

	public static final int MAX_CASE_KEY = 255;

	public static final int MAX_SUBJECT_TYPE = 32;

	public static final int MAX_SUBJECT_ID = 64;

	public static final int MAX_DETAIL = 2000;

	public AuditRecord {
		check("actor", actor, MAX_ACTOR, true);
		check("action", action, MAX_ACTION, true);
		check("caseKey", caseKey, MAX_CASE_KEY, false);
		check("subjectType", subjectType, MAX_SUBJECT_TYPE, false);
		check("subjectId", subjectId, MAX_SUBJECT_ID, false);
		check("detail", detail, MAX_DETAIL, false);
		before = copyOf("before", before);
		after = copyOf("after", after);
	}

	public static AuditRecord of(String actor, String action) {
		return new AuditRecord(actor, action, null, null, null, null, null, null);
	}

	public AuditRecord withCase(String caseKey) {
		return new AuditRecord(this.actor, this.action, caseKey, this.subjectType, this.subjectId, this.before,
				this.after, this.detail);
	}

	public AuditRecord withSubject(String subjectType, String subjectId) {
		return new AuditRecord(this.actor, this.action, this.caseKey, subjectType, subjectId, this.before, this.after,
				this.detail);
	}

	public AuditRecord withChange(Map<String, ?> before, Map<String, ?> after) {
		return new AuditRecord(this.actor, this.action, this.caseKey, this.subjectType, this.subjectId,
				copyOf("before", before), copyOf("after", after), this.detail);
	}

	public AuditRecord withDetail(String detail) {
		return new AuditRecord(this.actor, this.action, this.caseKey, this.subjectType, this.subjectId, this.before,
				this.after, detail);
	}

	private static void check(String name, String value, int max, boolean required) {
		if (value == null) {
			if (required) {
				throw new IllegalArgumentException("An audit record needs a " + name);
			}
			return;
		}
		if (required && value.isBlank()) {
			throw new IllegalArgumentException("An audit record's " + name + " must not be blank");
		}
		if (value.codePointCount(0, value.length()) > max) {
			throw new IllegalArgumentException(
					"An audit record's " + name + " is longer than " + max + " characters: " + abbreviate(value));
		}
		if (!StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
			throw new IllegalArgumentException("An audit record's " + name + " is not well-formed Unicode");
		}
	}

	/** A read-only copy that keeps null values (Map.copyOf would refuse them). */
	private static Map<String, Object> copyOf(String name, Map<String, ?> values) {
		if (values == null) {
			return null;
		}
		// some maps throw on containsKey(null)
		if (values.keySet().stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("An audit record's " + name + " has a null key");
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "...";
	}

}
