package cn.enforceflow.inbox;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a person asks of an inbox view: which tasks, in which order, which page.
 *
 * @param processKey only this workflow
 * @param overdue only tasks past their due date
 * @param dueWithinWorkingDays only tasks due by the end of the n-th working day from
 * today (0: today)
 * @param sort due date (soonest first; tasks without one last) or creation (newest first)
 * @param page from 0
 * @param size tasks per page, 1 to {@value #MAX_SIZE}
 */
public record InboxQuery(Optional<String> processKey, boolean overdue, OptionalInt dueWithinWorkingDays, Sort sort,
		int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The furthest look-ahead of "due within": three months of working days. */
	public static final int MAX_DUE_WITHIN = 60;

	public InboxQuery {
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
		if (dueWithinWorkingDays.isPresent()
				&& (dueWithinWorkingDays.getAsInt() < 0 || dueWithinWorkingDays.getAsInt() > MAX_DUE_WITHIN)) {
			throw new IllegalArgumentException("dueWithin must be between 0 and " + MAX_DUE_WITHIN);
		}
	}

	/** The first page, soonest due first, nothing filtered. */
	public static InboxQuery firstPage() {
		return new InboxQuery(Optional.empty(), false, OptionalInt.empty(), Sort.DUE, 0, DEFAULT_SIZE);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** The order of a task list. */
	public enum Sort {

		/** Soonest due first, tasks without a due date last. */
		DUE,

		/** Newest first. */
		CREATED

	}

}
