package cn.enforceflow.deadline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import cn.enforceflow.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The working-day notation of ADR 0004, around the 2026 Spring Festival: Saturday 02-14
 * is a make-up working day, 02-15 to 02-23 are off.
 */
class DeadlineNotationTests {

	private final WorkingCalendar calendar = new SpringFestivalCalendar();

	@ParameterizedTest(name = "{1} from {0} is {2}")
	@CsvSource({
			// Friday before the festival: the make-up Saturday is the first working day
			"2026-02-13T10:00, P2WD, 2026-02-24T23:59:59", "2026-02-13T10:00, P1WD, 2026-02-14T23:59:59",
			"2026-02-13T10:00, P0WD, 2026-02-13T23:59:59", "2026-02-13T10:00, P1WD@09:00, 2026-02-14T09:00",
			"2026-02-13T10:00, P2WD@09:00, 2026-02-24T09:00", "2026-02-13T10:00, P0WD@09:00, 2026-02-13T09:00",
			// started on a holiday: the day itself never counts
			"2026-02-16T10:00, P0WD, 2026-02-16T23:59:59", "2026-02-15T00:00, P1WD, 2026-02-24T23:59:59",
			"2026-02-23T23:59, P1WD, 2026-02-24T23:59:59", "2026-02-24T00:00, P5WD, 2026-03-02T23:59:59",
			// calendar days ignore the holidays
			"2026-02-13T10:00, P60CD, 2026-04-14T23:59:59", "2026-02-13T10:00, P3CD@09:00, 2026-02-16T09:00",
			"2026-02-13T10:00, P0CD, 2026-02-13T23:59:59",
			// reminders of calendar-day deadlines: the working day with m working days
			// left
			"2026-02-13T10:00, P60CD-1WD@09:00, 2026-04-14T09:00",
			"2026-02-13T10:00, P60CD-5WD@09:00, 2026-04-08T09:00", "2026-02-13T10:00, P3CD-5WD@09:00, 2026-02-14T09:00",
			// no working day within the period at all: the reminder comes on its last day
			"2026-02-15T10:00, P2CD-1WD@09:00, 2026-02-17T09:00" })
	void resolvesOnTheWorkingCalendarInBeijingTime(String start, String notation, String expected) {
		DeadlineNotation deadline = DeadlineNotation.parse(notation).orElseThrow();

		assertThat(deadline.resolve(beijing(start), this.calendar)).isEqualTo(beijing(expected));
	}

	@Test
	void countsFromTheBeijingDayOfTheStart() {
		// 2026-02-13T17:00Z is already Saturday 01:00 in Beijing
		Instant start = Instant.parse("2026-02-13T17:00:00Z");

		assertThat(DeadlineNotation.parse("P1WD").orElseThrow().resolve(start, this.calendar))
			.isEqualTo(beijing("2026-02-24T23:59:59"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P0WD", "P2WD", "P3650WD", "P1WD@09:00", "P2WD@23:59", "P60CD", "P3CD@00:00",
			"P60CD-5WD@09:00", "P10CD-1WD" })
	void writesWhatItReads(String notation) {
		assertThat(DeadlineNotation.parse(notation)).hasValueSatisfying((d) -> assertThat(d).hasToString(notation));
	}

	@Test
	void toleratesSurroundingBlanks() {
		assertThat(DeadlineNotation.parse(" P2WD ")).contains(DeadlineNotation.workingDays(2));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "P2D", "PT36H", "P1W", "P1W2D", "P1DT12H", "2026-02-24T10:00:00", "R3/PT1H", "p2wd",
			"tomorrow" })
	void leavesAnythingElseToCamundasIsoCalendars(String text) {
		assertThat(DeadlineNotation.parse(text)).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "P-1WD | cannot be negative", "P-2CD@09:00 | cannot be negative",
			"P99999WD | from 0 to 3650 days, not 99999", "P3651CD | from 0 to 3650 days",
			"P9999999999WD | write P<n>WD", "P2.5WD | write P<n>WD", "PWD | write P<n>WD", "P2WD@9:00 | write P<n>WD",
			"P1WD@25:00 | 25:00 does not exist", "P1WD@12:60 | 12:60 does not exist",
			"P2WD-1WD@09:00 | follow a calendar-day period only", "P60CD-0WD@09:00 | at least 1 working day",
			"P60CD-4000WD@09:00 | from 1 to 3650 working days", "P2WDX | write P<n>WD", "P2CD1 | write P<n>WD" })
	void rejectsWhatLooksLikeTheNotationButIsNot(String text, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineNotation.parse(text))
			.withMessageStartingWith("'" + text + "' is not a valid working-day deadline")
			.withMessageContaining(reason);
	}

	@Test
	void refusesWorkingDaysLeftWithoutACalendarDayPeriod() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeadlineNotation(5, DeadlineUnit.WORKING_DAYS, 1, LocalTime.of(9, 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineNotation.workingDays(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> DeadlineNotation.calendarDays(60, 0, LocalTime.NOON));
	}

	private static Instant beijing(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
	}

}
