package cn.enforceflow.audit;

/**
 * Finding entries in the trail by case, person, period, kind and category, a page at a
 * time. Each filter reads an index of {@code audit_entry}.
 */
public interface AuditSearch {

	/** The most entries one page holds. */
	int MAX_SIZE = 100;

	/**
	 * The entries the filter finds, newest (highest seq) first.
	 * @param page the page, from 0; beyond the last it is empty
	 * @param size entries per page, 1 to {@value #MAX_SIZE}
	 */
	AuditPage find(AuditFilter filter, int page, int size);

	/** How many entries the filter finds. */
	long count(AuditFilter filter);

}
