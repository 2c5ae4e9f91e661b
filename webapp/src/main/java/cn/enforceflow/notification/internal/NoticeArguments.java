package cn.enforceflow.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A notice's arguments in one column, each with its type, so that a date stored today is
 * read back as a date and shown in the reader's language. A text is stored as it is; a
 * typed value starts with a mark no one types, its kind and an ISO text:
 * {@code ␞D2026-12-14}, {@code ␞I2026-12-14T07:04:00Z}, or a message as {@code ␞R} code
 * {@code ␝} fallback text. Arguments stored before types were kept (plain texts) read
 * back as texts.
 */
final class NoticeArguments {

	/** Separates the arguments; it cannot occur in text people type. */
	private static final String SEPARATOR = "\u001F";

	/** Starts a typed argument. */
	private static final char TYPED = '\u001E';

	/** Separates a message's code from its fallback text. */
	private static final String FALLBACK = "\u001D";

	private NoticeArguments() {
	}

	static String write(List<?> arguments) {
		return String.join(SEPARATOR, arguments.stream().map(NoticeArguments::write).toList());
	}

	static List<Object> read(String column) {
		if (column == null || column.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>();
		for (String stored : Arrays.asList(column.split(SEPARATOR, -1))) {
			arguments.add(read1(stored));
		}
		return arguments;
	}

	private static String write(Object argument) {
		if (argument instanceof String text) {
			return (!text.isEmpty() && text.charAt(0) == TYPED) ? TYPED + "S" + text : text;
		}
		if (argument instanceof LocalDate day) {
			return TYPED + "D" + day;
		}
		if (argument instanceof Instant instant) {
			return TYPED + "I" + instant;
		}
		if (argument instanceof ZonedDateTime zoned) {
			return TYPED + "I" + zoned.toInstant();
		}
		if (argument instanceof OffsetDateTime offset) {
			return TYPED + "I" + offset.toInstant();
		}
		if (argument instanceof LocalDateTime time) {
			return TYPED + "T" + time;
		}
		if (argument instanceof YearMonth month) {
			return TYPED + "M" + month;
		}
		if (argument instanceof LocalTime time) {
			return TYPED + "H" + time;
		}
		if (argument instanceof MessageSourceResolvable message) {
			if (message.getCodes() == null || message.getCodes().length == 0 || message.getCodes()[0] == null) {
				return write(message.getDefaultMessage());
			}
			String fallback = (message.getDefaultMessage() != null) ? message.getDefaultMessage() : "";
			return TYPED + "R" + message.getCodes()[0] + FALLBACK + fallback;
		}
		throw new IllegalArgumentException("cannot store " + argument);
	}

	private static Object read1(String stored) {
		if (stored.length() < 2 || stored.charAt(0) != TYPED) {
			return stored;
		}
		String value = stored.substring(2);
		try {
			return switch (stored.charAt(1)) {
				case 'S' -> value;
				case 'D' -> LocalDate.parse(value);
				case 'I' -> Instant.parse(value);
				case 'T' -> LocalDateTime.parse(value);
				case 'M' -> YearMonth.parse(value);
				case 'H' -> LocalTime.parse(value);
				case 'R' -> message(value);
				default -> stored;
			};
		}
		catch (DateTimeParseException ex) {
			return stored;
		}
	}

	private static MessageSourceResolvable message(String value) {
		int split = value.indexOf(FALLBACK);
		String code = (split < 0) ? value : value.substring(0, split);
		String fallback = (split < 0) ? code : value.substring(split + FALLBACK.length());
		return new DefaultMessageSourceResolvable(new String[] { code }, fallback);
	}

}
