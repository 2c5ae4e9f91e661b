package cn.enforceflow.inbox;

import java.time.Instant;
import java.time.LocalDateTime;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.SpringFestivalCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueStatusTests {

	/** Monday to Friday, the 2026 Spring Festival days off, the make-up Saturdays. */
	private final WorkingCalendar calendar = new SpringFestivalCalendar();

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

}
