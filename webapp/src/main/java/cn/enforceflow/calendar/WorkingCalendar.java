package cn.enforceflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * China's working-day calendar: Monday to Friday, except the statutory holidays, plus the
 * weekend days declared make-up working days. A year without published data falls back to
 * Monday to Friday, and says so ({@link #coverage(int)}).
 */
public interface WorkingCalendar {

	/** Every date and deadline is counted in Beijing time. */
	ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	boolean isWorkingDay(LocalDate day);

	/**
	 * The {@code days}-th working day after {@code start} ({@code start} itself does not
	 * count); {@code start} when {@code days} is 0.
	 * @throws IllegalArgumentException if days is negative
	 */
	LocalDate addWorkingDays(LocalDate start, int days);

	/**
	 * The number of working days after {@code from} up to and including {@code to};
	 * negative when {@code to} lies before {@code from}.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

	LocalDate addCalendarDays(LocalDate start, int days);

	/**
	 * A deadline of {@code days} working days from {@code start}: the end (23:59:59
	 * Beijing time) of the {@code days}-th working day after the day of {@code start}.
	 */
	Instant workingDayDeadline(Instant start, int days);

	/** Whether a year has published data, or falls back to Monday to Friday. */
	YearCoverage coverage(int year);

	/** How a year is known. */
	record YearCoverage(int year, boolean published, String source) {

	}

}
