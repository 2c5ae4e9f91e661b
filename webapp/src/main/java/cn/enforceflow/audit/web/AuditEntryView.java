package cn.enforceflow.audit.web;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the trail as people read it: the actor by name, the subject without
 * repeating the case, the change as one line per field that changed.
 *
 * @param actorName the actor's display name, or null when the username names no account
 * (or is {@code system} or {@code anonymous}, see {@link #system()} and
 * {@link #anonymous()})
 * @param subjectId the subject's id, or null when it is the case itself
 * @param changes the fields that changed, in the order of the stored JSON
 */
public record AuditEntryView(long seq, Instant recordedAt, String actor, String actorName, boolean system,
		boolean anonymous, String action, String caseKey, String subjectType, String subjectId, List<Change> changes,
		String detail) {

	/**
	 * One field of the change.
	 *
	 * @param field the field's name in the stored values, or null when the values could
	 * not be read as JSON ({@code after} then holds them as stored)
	 * @param key the key within the field, for a field that holds several (the findings
	 * of an inspection by item), or null
	 * @param before the value before, or null when only the value after was recorded ("—"
	 * for a value that was empty)
	 * @param after the value after, or null when only the value before was recorded
	 */
	public record Change(String field, String key, String before, String after) {

	}

}
