package cn.enforceflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.enforceflow.calendar.WorkingCalendar;

/**
 * A deadline written in working or calendar days, as BPMN due dates and timer durations
 * may be (see {@code docs/adr/0004-working-day-deadlines.md}):
 *
 * <table>
 * <caption>The notation</caption>
 * <tr>
 * <td>{@code P<n>WD}</td>
 * <td>the end (23:59:59) of the n-th working day after the start</td>
 * </tr>
 * <tr>
 * <td>{@code P<n>WD@HH:mm}</td>
 * <td>that time of day on the n-th working day</td>
 * </tr>
 * <tr>
 * <td>{@code P<n>CD}</td>
 * <td>the end of the n-th calendar day after the start</td>
 * </tr>
 * <tr>
 * <td>{@code P<n>CD@HH:mm}</td>
 * <td>that time of day on the n-th calendar day</td>
 * </tr>
 * <tr>
 * <td>{@code P<n>CD-<m>WD@HH:mm}</td>
 * <td>that time of day on the working day when m working days of the n calendar days are
 * left (the last day counts): reminders of calendar-day deadlines</td>
 * </tr>
 * </table>
 * Days are counted in Beijing time from the day of the start, which itself does not
 * count: {@code P0WD} ends today. Anything else is not this notation ({@link #parse}
 * answers empty) and stays ISO 8601 for Camunda.
 *
 * @param days n, from 0 to {@value #MAX_DAYS}
 * @param unit what n counts
 * @param workingDaysLeft m, or 0 when not given; only after calendar days
 * @param timeOfDay the time on the last day, or null for its end
 */
public record DeadlineNotation(int days, DeadlineUnit unit, int workingDaysLeft, LocalTime timeOfDay) {

	/** Ten years: anything longer is a typing error, not a deadline. */
	public static final int MAX_DAYS = 3650;

	/** A deadline without a time of day ends at the end of its last day. */
	public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private static final String FORMS = "P<n>WD, P<n>WD@HH:mm, P<n>CD, P<n>CD@HH:mm or P<n>CD-<m>WD@HH:mm";

	/** What looks like this notation rather than ISO 8601, which has no WD or CD. */
	private static final Pattern LOOKS_LIKE = Pattern.compile("^P.*[WC]D.*$");

	private static final Pattern GRAMMAR = Pattern
		.compile("^P(\\d{1,9})(WD|CD)(?:-(\\d{1,9})WD)?(?:@(\\d{2}):(\\d{2}))?$");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public DeadlineNotation {
		Objects.requireNonNull(unit, "unit");
		if (days < 0 || days > MAX_DAYS) {
			throw new IllegalArgumentException("a deadline counts from 0 to " + MAX_DAYS + " days, not " + days);
		}
		if (workingDaysLeft < 0 || workingDaysLeft > MAX_DAYS) {
			throw new IllegalArgumentException(
					"a reminder counts from 1 to " + MAX_DAYS + " working days left, not " + workingDaysLeft);
		}
		if (workingDaysLeft > 0 && unit != DeadlineUnit.CALENDAR_DAYS) {
			throw new IllegalArgumentException("working days left (-<m>WD) follow a calendar-day period only");
		}
		if (timeOfDay != null && (timeOfDay.getSecond() != 0 || timeOfDay.getNano() != 0)) {
			throw new IllegalArgumentException("a time of day is HH:mm, not " + timeOfDay);
		}
	}

	public static DeadlineNotation workingDays(int days) {
		return new DeadlineNotation(days, DeadlineUnit.WORKING_DAYS, 0, null);
	}

	public static DeadlineNotation workingDays(int days, LocalTime timeOfDay) {
		return new DeadlineNotation(days, DeadlineUnit.WORKING_DAYS, 0, Objects.requireNonNull(timeOfDay));
	}

	public static DeadlineNotation calendarDays(int days) {
		return new DeadlineNotation(days, DeadlineUnit.CALENDAR_DAYS, 0, null);
	}

	public static DeadlineNotation calendarDays(int days, int workingDaysLeft, LocalTime timeOfDay) {
		if (workingDaysLeft < 1) {
			throw new IllegalArgumentException("a reminder needs at least 1 working day left");
		}
		return new DeadlineNotation(days, DeadlineUnit.CALENDAR_DAYS, workingDaysLeft, timeOfDay);
	}

	/**
	 * Reads the notation.
	 * @return empty when the text is not this notation (it may be ISO 8601)
	 * @throws IllegalArgumentException when the text uses WD or CD but is not valid, e.g.
	 * {@code P-1WD}, {@code P99999WD} or {@code P1WD@25:00}
	 */
	public static Optional<DeadlineNotation> parse(String text) {
		if (text == null || !LOOKS_LIKE.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		Matcher matcher = GRAMMAR.matcher(text.strip());
		if (text.strip().startsWith("P-")) {
			throw invalid(text, "a deadline cannot be negative");
		}
		if (!matcher.matches()) {
			throw invalid(text, "write " + FORMS + ", with whole numbers from 0 to " + MAX_DAYS);
		}
		try {
			int days = Integer.parseInt(matcher.group(1));
			DeadlineUnit unit = "WD".equals(matcher.group(2)) ? DeadlineUnit.WORKING_DAYS : DeadlineUnit.CALENDAR_DAYS;
			int left = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
			if (matcher.group(3) != null && left < 1) {
				throw new IllegalArgumentException("a reminder needs at least 1 working day left");
			}
			LocalTime time = (matcher.group(4) != null) ? time(matcher.group(4), matcher.group(5)) : null;
			return Optional.of(new DeadlineNotation(days, unit, left, time));
		}
		catch (IllegalArgumentException ex) {
			throw invalid(text, ex.getMessage());
		}
	}

	/**
	 * The instant this deadline falls on, counted from {@code start} on the calendar.
	 */
	public Instant resolve(Instant start, WorkingCalendar calendar) {
		LocalDate startDay = LocalDate.ofInstant(start, WorkingCalendar.ZONE);
		if (this.unit == DeadlineUnit.WORKING_DAYS) {
			if (this.timeOfDay == null) {
				return calendar.workingDayDeadline(start, this.days);
			}
			return at(calendar.addWorkingDays(startDay, this.days));
		}
		LocalDate last = calendar.addCalendarDays(startDay, this.days);
		if (this.workingDaysLeft == 0) {
			return at(last);
		}
		int workingDays = calendar.workingDaysBetween(startDay, last);
		LocalDate day = calendar.addWorkingDays(startDay, Math.max(1, workingDays - this.workingDaysLeft + 1));
		// a period without any working day: remind on its last day
		return at(day.isAfter(last) ? last : day);
	}

	private Instant at(LocalDate day) {
		LocalTime time = (this.timeOfDay != null) ? this.timeOfDay : END_OF_DAY;
		return day.atTime(time).atZone(WorkingCalendar.ZONE).toInstant();
	}

	/** The notation as written in a model, e.g. {@code P2WD@09:00}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("P").append(this.days)
			.append((this.unit == DeadlineUnit.WORKING_DAYS) ? "WD" : "CD");
		if (this.workingDaysLeft > 0) {
			text.append('-').append(this.workingDaysLeft).append("WD");
		}
		if (this.timeOfDay != null) {
			text.append('@').append(TIME.format(this.timeOfDay));
		}
		return text.toString();
	}

	private static LocalTime time(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		if (h > 23 || m > 59) {
			throw new IllegalArgumentException("the time of day " + hours + ":" + minutes + " does not exist");
		}
		return LocalTime.of(h, m);
	}

	private static IllegalArgumentException invalid(String text, String reason) {
		return new IllegalArgumentException("'" + text + "' is not a valid working-day deadline: " + reason);
	}

}
