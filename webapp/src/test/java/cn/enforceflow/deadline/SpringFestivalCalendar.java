package cn.enforceflow.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;

/**
 * A test-only working calendar: Monday to Friday, with the 2026 Spring Festival as the
 * State Council published it (reference/holidays-cn.csv): 2026-02-15 to 02-23 off, the
 * Saturdays 02-14 and 02-28 make-up working days. Enough for the deadline tests, which
 * must not depend on how the real calendar is stored.
 */
public class SpringFestivalCalendar implements WorkingCalendar {

	private static final Set<LocalDate> MAKE_UP_WORKING_DAYS = Set.of(LocalDate.of(2026, 2, 14),
			LocalDate.of(2026, 2, 28));

	private static final LocalDate HOLIDAY_FROM = LocalDate.of(2026, 2, 15);

	private static final LocalDate HOLIDAY_TO = LocalDate.of(2026, 2, 23);

	@Override
	public boolean isWorkingDay(LocalDate day) {
		if (MAKE_UP_WORKING_DAYS.contains(day)) {
			return true;
		}
		if (!day.isBefore(HOLIDAY_FROM) && !day.isAfter(HOLIDAY_TO)) {
			return false;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate day = start;
		for (int left = days; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public LocalDate addCalendarDays(LocalDate start, int days) {
		return start.plusDays(days);
	}

	@Override
	public Instant workingDayDeadline(Instant start, int days) {
		return addWorkingDays(LocalDate.ofInstant(start, ZONE), days).atTime(23, 59, 59).atZone(ZONE).toInstant();
	}

	@Override
	public YearCoverage coverage(int year) {
		return new YearCoverage(year, year == 2026, "test");
	}

}
