package cn.enforceflow.inbox;

import java.util.List;

/**
 * One page of an inbox view.
 *
 * @param total how many there are in the view with its filters, across all pages
 */
public record InboxPage<T>(List<T> items, int page, int size, long total) {

	public InboxPage {
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
