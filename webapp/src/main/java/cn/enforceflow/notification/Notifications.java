package cn.enforceflow.notification;

import java.util.Collection;
import java.util.List;

/**
 * Tells people things, in the app and by mail.
 */
public interface Notifications {

	/**
	 * Notifies each user in the app and, when mail is on and they have an address, queues
	 * a mail. Runs in the caller's transaction; mail goes out later and a mail failure
	 * never reaches the caller.
	 */
	void notify(Collection<String> usernames, Notice notice);

	/** The newest notifications of a user, newest first. */
	List<Notification> recent(String username, int limit);

	long unreadCount(String username);

	/** Marks one of the user's own notifications read; false when it is not theirs. */
	boolean markRead(String username, long id);

	void markAllRead(String username);

}
