package cn.enforceflow.notification;

import java.util.List;
import java.util.Objects;

import cn.enforceflow.platform.i18n.DisplayDates;
import org.springframework.context.MessageSourceResolvable;

/**
 * What to tell people: a kind, a message key of the bundles with its arguments (so that
 * each reader sees it in their language), and where to go next.
 * <p>
 * An argument is a text; a {@code java.time} value ({@code LocalDate}, {@code Instant},
 * {@code LocalDateTime}, {@code YearMonth}, ...), which every reader sees written in
 * their language (2026年12月14日 15:04); or a message of its own with a fallback text and no
 * arguments, such as a step's name ({@code ProcessTexts.stepLabel}). Each is stored with
 * its type, so that the notification centre and the mail show it the same way.
 */
public record Notice(String kind, String messageKey, List<?> arguments, String link) {

	public Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
		arguments.forEach(Notice::checkStorable);
	}

	private static boolean hasCode(MessageSourceResolvable message) {
		return message.getCodes() != null && message.getCodes().length > 0 && message.getCodes()[0] != null;
	}

	private static void checkStorable(Object argument) {
		boolean storable = argument instanceof String || DisplayDates.isDate(argument)
				|| (argument instanceof MessageSourceResolvable message
						&& (message.getArguments() == null || message.getArguments().length == 0)
						&& (hasCode(message) || message.getDefaultMessage() != null));
		if (!storable) {
			throw new IllegalArgumentException("a notice's argument is a text, a date or a message without arguments: "
					+ argument + " (" + argument.getClass().getName() + ")");
		}
	}

}
