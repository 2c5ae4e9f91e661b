package cn.enforceflow.notification;

import java.util.List;
import java.util.Objects;

/**
 * What to tell people: a kind, a message key of the bundles with its arguments (so that
 * each reader sees it in their language), and where to go next.
 */
public record Notice(String kind, String messageKey, List<String> arguments, String link) {

	public Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

}
