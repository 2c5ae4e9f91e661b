package cn.enforceflow.taskform.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The {@code min} and {@code max} of a date field: an ISO date, or {@code today} or
 * {@code tomorrow}, counted in Beijing time whatever the server's zone.
 */
final class DateBound {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String TODAY = "today";

	static final String TOMORROW = "tomorrow";

	private DateBound() {
	}

	/** Today in Beijing. */
	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	static boolean isRelative(String bound) {
		return TODAY.equals(bound) || TOMORROW.equals(bound);
	}

	static boolean isValid(String bound) {
		if (isRelative(bound)) {
			return true;
		}
		try {
			LocalDate.parse(bound);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * The day a bound stands for.
	 * @throws DateTimeParseException if it is neither a token nor an ISO date
	 */
	static LocalDate resolve(String bound, LocalDate today) {
		return switch (bound) {
			case TODAY -> today;
			case TOMORROW -> today.plusDays(1);
			default -> LocalDate.parse(bound);
		};
	}

}
