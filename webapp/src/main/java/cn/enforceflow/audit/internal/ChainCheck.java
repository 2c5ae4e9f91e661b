package cn.enforceflow.audit.internal;

import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditVerification;
import cn.enforceflow.audit.AuditVerification.BrokenEntry;
import cn.enforceflow.audit.AuditVerification.Reason;

/**
 * One walk over the chain: fed the entries in seq order, it finds the first one that does
 * not follow from the one before. Holds one entry at a time, however long the chain.
 */
final class ChainCheck {

	private long expectedSeq = 1;

	private String previousHash = AuditHash.GENESIS;

	private AuditEntry last;

	private long checked;

	private BrokenEntry broken;

	/** Checks the next entry; false once the chain is broken, when the walk may stop. */
	boolean next(AuditEntry entry) {
		if (this.broken != null) {
			return false;
		}
		if (entry.seq() != this.expectedSeq) {
			// entries come in seq order, so the expected one is missing
			this.broken = BrokenEntry.missing(this.expectedSeq);
			return false;
		}
		this.checked++;
		if (!entry.previousHash().equals(this.previousHash)) {
			this.broken = BrokenEntry.of(entry, Reason.CHAIN_BROKEN);
		}
		else if (!AuditHash.of(entry).equals(entry.hash())) {
			this.broken = BrokenEntry.of(entry, Reason.HASH_MISMATCH);
		}
		else {
			this.expectedSeq++;
			this.previousHash = entry.hash();
			this.last = entry;
		}
		return this.broken == null;
	}

	/**
	 * The result, given the chain's head as it was when the walk began: the walk must
	 * have reached it (else the last entries were deleted) and ended on its hash (else
	 * the last entry was replaced).
	 */
	AuditVerification end(long headSeq, String headHash) {
		if (this.broken == null && this.expectedSeq <= headSeq) {
			this.broken = BrokenEntry.missing(this.expectedSeq);
		}
		if (this.broken == null && !this.previousHash.equals(headHash)) {
			this.broken = (this.last != null) ? BrokenEntry.of(this.last, Reason.HEAD_MISMATCH)
					: new BrokenEntry(headSeq, Reason.HEAD_MISMATCH, null, null, null);
		}
		return (this.broken == null) ? AuditVerification.intact(this.checked)
				: AuditVerification.brokenAt(this.checked, this.broken);
	}

}
