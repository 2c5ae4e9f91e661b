package cn.enforceflow.audit;

import java.util.List;

/**
 * One page of the entries a filter finds, newest first.
 *
 * @param page its number, from 0
 * @param size entries per page
 * @param total how many entries the filter finds, across all pages
 */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {

	public AuditPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
