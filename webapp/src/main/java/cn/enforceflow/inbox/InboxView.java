package cn.enforceflow.inbox;

import java.util.Locale;
import java.util.Optional;

/**
 * The four views of the inbox, as Chinese approval systems name them.
 */
public enum InboxView {

	/** 待办: the tasks assigned to me. */
	TODO,

	/** 部门待领: the unclaimed tasks offered to one of my groups (or to me by name). */
	GROUP,

	/** 已办: the tasks I completed or returned. */
	DONE,

	/** 我发起的: the cases I started. */
	STARTED;

	/**
	 * The view's name in addresses: {@code todo}, {@code group}, {@code done},
	 * {@code started}.
	 */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<InboxView> fromParameter(String parameter) {
		for (InboxView view : values()) {
			if (view.parameter().equals(parameter)) {
				return Optional.of(view);
			}
		}
		return Optional.empty();
	}

}
