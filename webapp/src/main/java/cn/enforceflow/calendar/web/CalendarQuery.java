package cn.enforceflow.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the parameters of calendar requests by hand, so that every mistake gets its own
 * message naming the expected format rather than a generic "wrong parameter".
 */
final class CalendarQuery {

	/** Years the calendar answers for; beyond them a date is a typing mistake. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2199;

	/** About ten years of working days: longer deadlines do not exist. */
	static final int MAX_DAYS = 3650;

	/** Counting goes day by day; this bounds what one request may ask for. */
	static final int MAX_SPAN_YEARS = 20;

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

	private CalendarQuery() {
	}

	static LocalDate date(String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidCalendarQueryException("calendar.query.missing", parameter);
		}
		LocalDate date = null;
		if (ISO_DATE.matcher(value.strip()).matches()) {
			try {
				date = LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		if (date == null) {
			throw new InvalidCalendarQueryException("calendar.query.date", parameter, value);
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new InvalidCalendarQueryException("calendar.query.dateOutOfRange", parameter, date,
					String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
		return date;
	}

	static int days(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidCalendarQueryException("calendar.query.missing", "days");
		}
		String digits = value.strip();
		if (!NUMBER.matcher(digits).matches() || Integer.parseInt(digits) > MAX_DAYS) {
			throw new InvalidCalendarQueryException("calendar.query.days", value, String.valueOf(MAX_DAYS));
		}
		return Integer.parseInt(digits);
	}

	static int year(String value) {
		String digits = (value != null) ? value.strip() : "";
		if (!NUMBER.matcher(digits).matches() || Integer.parseInt(digits) < FIRST_YEAR
				|| Integer.parseInt(digits) > LAST_YEAR) {
			throw new InvalidCalendarQueryException("calendar.query.year", String.valueOf(value),
					String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
		return Integer.parseInt(digits);
	}

	static void checkSpan(LocalDate from, LocalDate to) {
		LocalDate earlier = from.isBefore(to) ? from : to;
		LocalDate later = from.isBefore(to) ? to : from;
		if (earlier.plusYears(MAX_SPAN_YEARS).isBefore(later)) {
			throw new InvalidCalendarQueryException("calendar.query.span", String.valueOf(MAX_SPAN_YEARS), from, to);
		}
	}

}
