package cn.enforceflow.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notice as one person received it.
 */
public record Notification(long id, String kind, String messageKey, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
