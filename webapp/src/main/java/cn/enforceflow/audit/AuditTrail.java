package cn.enforceflow.audit;

import java.util.List;

/**
 * 执法全过程记录 — the append-only, hash-chained audit trail. There is no way to change or
 * remove an entry through the application.
 */
public interface AuditTrail {

	/**
	 * Appends an entry in the caller's transaction, so that the entry exists exactly when
	 * the change it records was committed. Calling it outside a transaction is an error
	 * (propagation MANDATORY): an entry committed apart from its change would be a false
	 * record whenever one of the two rolled back.
	 * <p>
	 * Appending locks the head of the chain until the caller's transaction ends, which
	 * puts all appenders of every node in one order; append as the last step of a
	 * transaction to hold the lock briefly.
	 * @return the entry as stored, with its place in the chain and its hash
	 */
	AuditEntry record(AuditRecord record);

	/** The entries of a case (its business key), oldest first. */
	List<AuditEntry> ofCase(String caseKey);

	/** The newest entries of the whole trail, newest first; limit from 1 to 1000. */
	List<AuditEntry> latest(int limit);

	/**
	 * Walks the whole chain in order, in batches, recomputing every hash, and reports the
	 * first entry where it is broken. Entries appended while the walk runs are left to
	 * the next one.
	 */
	AuditVerification verify();

}
