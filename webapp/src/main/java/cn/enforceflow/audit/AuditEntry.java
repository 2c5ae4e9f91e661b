package cn.enforceflow.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as stored.
 *
 * @param seq its place in the chain, from 1 without gaps
 * @param recordedAt when it was appended, whole seconds
 * @param actor the username, or {@code system}
 * @param action the action code, e.g. {@code TASK_CLAIMED}
 * @param caseKey the case's business key, or null
 * @param subjectType what changed, e.g. {@code TASK}, or null
 * @param subjectId its id, or null
 * @param before the values before the change as canonical JSON text (keys sorted),
 * exactly as hashed, or null
 * @param after the values after the change, likewise
 * @param detail free text, or null
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 (hex) of this entry's canonical form, see ADR 0007
 */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String caseKey, String subjectType,
		String subjectId, String before, String after, String detail, String previousHash, String hash) {

}
