package cn.enforceflow.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice as one person received it; its arguments as they were given (texts, dates,
 * messages), to be resolved in the reader's language.
 */
public record Notification(long id, String kind, String messageKey, List<Object> arguments, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
