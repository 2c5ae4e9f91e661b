package cn.enforceflow.invitation;

import java.util.List;

/** A page of invitations, with how many match in all. */
public record InvitationPage(List<InvitationSummary> items, int page, int size, long total) {

	public InvitationPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
