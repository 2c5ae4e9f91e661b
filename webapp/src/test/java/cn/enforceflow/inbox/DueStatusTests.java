package cn.enforceflow.inbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueStatusTests {

	/**
	 * Monday to Friday, except the 2026 Spring Festival days, plus the make-up Saturday
	 * 02-14.
	 */
	private final WorkingCalendar calendar = new SpringFestival2026();

	private static final Instant DUE = beijing("2026-02-24T23:59:59");

	@Test
	void countsWorkingDaysLeftNotCalendarDays() {
		// Friday 13 February: Saturday 14 is a make-up working day, 15 to 23 are holidays
		DueStatus status = DueStatus.of(DUE, beijing("2026-02-13T10:00:00"), this.calendar);

		assertThat(status.state()).isEqualTo(DueStatus.State.REMAINING);
		assertThat(status.workingDays()).isEqualTo(2);
		assertThat(status.overdue()).isFalse();
	}

	@Test
	void isDueTodayOnTheLastDay() {
		DueStatus status = DueStatus.of(DUE, beijing("2026-02-24T09:00:00"), this.calendar);

		assertThat(status.state()).isEqualTo(DueStatus.State.DUE_TODAY);
	}

	@Test
	void countsWorkingDaysOverdue() {
		// due Tuesday 24th; Friday 27th is three working days later
		DueStatus status = DueStatus.of(DUE, beijing("2026-02-27T08:00:00"), this.calendar);

		assertThat(status.state()).isEqualTo(DueStatus.State.OVERDUE);
		assertThat(status.workingDays()).isEqualTo(3);
		assertThat(status.overdue()).isTrue();
	}

	@Test
	void isOverdueByLessThanADayWhenTheDeadlinePassedBeforeADayOff() {
		Instant fridayEvening = beijing("2026-03-06T23:59:59");

		DueStatus status = DueStatus.of(fridayEvening, beijing("2026-03-07T10:00:00"), this.calendar);

		assertThat(status.state()).isEqualTo(DueStatus.State.OVERDUE);
		assertThat(status.workingDays()).isZero();
	}

	private static Instant beijing(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

	private static final class SpringFestival2026 implements WorkingCalendar {

		private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
				LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
				LocalDate.of(2026, 2, 23));

		private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2026, 2, 14));

		@Override
		public boolean isWorkingDay(LocalDate day) {
			if (MAKE_UP.contains(day)) {
				return true;
			}
			return !HOLIDAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
					&& day.getDayOfWeek() != DayOfWeek.SUNDAY;
		}

		@Override
		public LocalDate addWorkingDays(LocalDate start, int days) {
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
			int sign = to.isBefore(from) ? -1 : 1;
			LocalDate low = to.isBefore(from) ? to : from;
			LocalDate high = to.isBefore(from) ? from : to;
			int count = 0;
			for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
				if (isWorkingDay(day)) {
					count++;
				}
			}
			return sign * count;
		}

		@Override
		public LocalDate addCalendarDays(LocalDate start, int days) {
			return start.plus(days, ChronoUnit.DAYS);
		}

		@Override
		public Instant workingDayDeadline(Instant start, int days) {
			return addWorkingDays(start.atZone(ZONE).toLocalDate(), days).atTime(23, 59, 59).atZone(ZONE).toInstant();
		}

		@Override
		public YearCoverage coverage(int year) {
			return new YearCoverage(year, year == 2026, "test");
		}

	}

}
