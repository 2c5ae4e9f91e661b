package cn.enforceflow.invitation;

import java.time.LocalDate;
import java.util.Set;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * What to look for in the invitations one may see.
 *
 * @param text part of a tracking number or of the enterprise's name, or null
 * @param statuses the statuses wanted; empty for all
 * @param from submitted on or after this day, or null
 * @param to submitted on or before this day, or null
 * @param mine only those whose team the person is on (lead or second officer)
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record InvitationSearch(String text, Set<InvitationStatus> statuses, LocalDate from, LocalDate to, boolean mine,
		int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	/** The longest text searched for. */
	public static final int MAX_TEXT = 64;

	public InvitationSearch {
		text = (text == null || text.isBlank()) ? null : text.strip();
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
			throw new BusinessRuleException("invitation.search.textTooLong", String.valueOf(MAX_TEXT));
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new BusinessRuleException("invitation.search.period", from, to);
		}
		if (page < 0 || page > 100_000) {
			throw new BusinessRuleException("invitation.search.page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BusinessRuleException("invitation.search.size", String.valueOf(MAX_SIZE));
		}
	}

	/** Everything one may see, the first page. */
	public static InvitationSearch all() {
		return new InvitationSearch(null, Set.of(), null, null, false, 0, DEFAULT_SIZE);
	}

	public InvitationSearch withSize(int size) {
		return new InvitationSearch(this.text, this.statuses, this.from, this.to, this.mine, this.page, size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
