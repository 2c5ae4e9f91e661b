package cn.enforceflow.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What a walk over the whole audit trail found.
 *
 * @param valid whether every entry and every link is intact
 * @param entries how many entries were checked: all of them when valid, otherwise those
 * up to and including the first broken one
 * @param firstBroken where the chain breaks first, or null when it is intact
 */
public record AuditVerification(boolean valid, long entries, BrokenEntry firstBroken) {

	public AuditVerification {
		if (valid != (firstBroken == null)) {
			throw new IllegalArgumentException("a verification is valid exactly when nothing is broken");
		}
	}

	public static AuditVerification intact(long entries) {
		return new AuditVerification(true, entries, null);
	}

	public static AuditVerification brokenAt(long entries, BrokenEntry firstBroken) {
		return new AuditVerification(false, entries, firstBroken);
	}

	public Optional<BrokenEntry> broken() {
		return Optional.ofNullable(this.firstBroken);
	}

	/**
	 * The first place where the chain breaks. For a missing entry only the sequence
	 * number is known; the other values are null.
	 */
	public record BrokenEntry(long seq, Reason reason, Instant recordedAt, String action, String caseKey) {

		public static BrokenEntry missing(long seq) {
			return new BrokenEntry(seq, Reason.SEQUENCE_GAP, null, null, null);
		}

		public static BrokenEntry of(AuditEntry entry, Reason reason) {
			return new BrokenEntry(entry.seq(), reason, entry.recordedAt(), entry.action(), entry.caseKey());
		}

	}

	/** Why an entry does not fit the chain. */
	public enum Reason {

		/** The entry's content no longer gives its stored hash: it was altered. */
		HASH_MISMATCH,

		/** The entry's previous hash is not the hash of the entry before it. */
		CHAIN_BROKEN,

		/**
		 * No entry has this sequence number, though a later entry or the chain's head
		 * says it existed: it was deleted.
		 */
		SEQUENCE_GAP,

		/**
		 * The chain's head row does not hold the hash of the last entry: the last entry
		 * was replaced.
		 */
		HEAD_MISMATCH

	}

}
