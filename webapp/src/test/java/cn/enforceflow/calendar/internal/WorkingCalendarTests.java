package cn.enforceflow.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.platform.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The arithmetic on the State Council's arrangements for 2025 and 2026, as shipped in
 * {@code calendar/holidays-cn.csv}, and on 2027, for which none is loaded. Every expected
 * date was worked out by hand from the published notices.
 */
class WorkingCalendarTests {

	private final CountingStore store = new CountingStore(referenceYears());

	private final WorkingCalendarService calendar = new WorkingCalendarService(this.store);

	@ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			# 2025 元旦
			2024-12-31 | 1 | 2025-01-02 | 01-01 Wednesday is New Year's Day
			# 2025 春节: 01-26 Sunday worked, 01-28..02-04 off, 02-08 Saturday worked
			2025-01-24 | 1 | 2025-01-26 | Friday, then the make-up Sunday
			2025-01-26 | 1 | 2025-01-27 | make-up Sunday, then Monday
			2025-01-27 | 1 | 2025-02-05 | the eight days of the Spring Festival are skipped
			2025-02-07 | 1 | 2025-02-08 | Friday, then the make-up Saturday
			2025-02-08 | 1 | 2025-02-10 | make-up Saturday, then Monday
			# 2025 清明: 04-04 Friday..04-06 off
			2025-04-03 | 1 | 2025-04-07 | Qingming Friday to Sunday skipped
			# 2025 劳动节: 04-27 Sunday worked, 05-01..05-05 off
			2025-04-25 | 1 | 2025-04-27 | Friday, then the make-up Sunday
			2025-04-30 | 1 | 2025-05-06 | Labour Day Thursday to Monday skipped
			# 2025 端午: 05-31 Saturday..06-02 Monday off
			2025-05-30 | 1 | 2025-06-03 | Dragon Boat Saturday to Monday skipped
			# 2025 国庆节、中秋节: 09-28 Sunday worked, 10-01..10-08 off, 10-11 Saturday worked
			2025-09-26 | 1 | 2025-09-28 | Friday, then the make-up Sunday
			2025-09-30 | 1 | 2025-10-09 | the eight days of National Day and Mid-Autumn skipped
			2025-10-10 | 1 | 2025-10-11 | Friday, then the make-up Saturday
			2025-10-11 | 1 | 2025-10-13 | make-up Saturday, then Monday
			# 2026 元旦: 01-01..01-03 off, 01-04 Sunday worked
			2025-12-31 | 1 | 2026-01-04 | across the year end to the make-up Sunday
			2026-01-04 | 1 | 2026-01-05 | make-up Sunday, then Monday
			# 2026 春节: 02-14 Saturday worked, 02-15..02-23 off, 02-28 Saturday worked
			2026-02-13 | 1 | 2026-02-14 | Friday, then the make-up Saturday
			2026-02-14 | 1 | 2026-02-24 | the nine days of the Spring Festival are skipped
			2026-02-13 | 2 | 2026-02-24 | both at once
			2026-02-27 | 1 | 2026-02-28 | Friday, then the make-up Saturday
			2026-02-28 | 1 | 2026-03-02 | make-up Saturday, then Monday
			# 2026 清明: 04-04 Saturday..04-06 Monday off
			2026-04-03 | 1 | 2026-04-07 | Qingming Saturday to Monday skipped
			# 2026 劳动节: 05-01..05-05 off, 05-09 Saturday worked
			2026-04-30 | 1 | 2026-05-06 | Labour Day Friday to Tuesday skipped
			2026-05-08 | 1 | 2026-05-09 | Friday, then the make-up Saturday
			2026-05-09 | 1 | 2026-05-11 | make-up Saturday, then Monday
			# 2026 端午: 06-19 Friday..06-21 off
			2026-06-18 | 1 | 2026-06-22 | Dragon Boat Friday to Sunday skipped
			# 2026 中秋节: 09-20 Sunday worked, 09-25 Friday..09-27 off
			2026-09-18 | 1 | 2026-09-20 | Friday, then the make-up Sunday
			2026-09-20 | 1 | 2026-09-21 | make-up Sunday, then Monday
			2026-09-24 | 1 | 2026-09-28 | Mid-Autumn Friday to Sunday skipped
			# 2026 国庆节: 10-01..10-07 off, 10-10 Saturday worked
			2026-09-30 | 1 | 2026-10-08 | the seven days of National Day skipped
			2026-10-09 | 1 | 2026-10-10 | Friday, then the make-up Saturday
			2026-10-10 | 1 | 2026-10-12 | make-up Saturday, then Monday
			""")
	void addsWorkingDaysAroundEveryHolidayAndMakeUpDayOf2025And2026(LocalDate start, int days, LocalDate expected,
			String why) {
		assertThat(this.calendar.addWorkingDays(start, days)).as(why).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			2025-02-28 | 1 | 2025-03-03 | Friday at the end of February
			2025-06-30 | 1 | 2025-07-01 | Monday at the end of June
			2025-11-28 | 1 | 2025-12-01 | Friday before the month ends on a weekend
			2025-11-30 | 1 | 2025-12-01 | Sunday at the end of November
			2026-01-30 | 1 | 2026-02-02 | Friday before the month ends on a weekend
			2026-12-31 | 1 | 2027-01-01 | into 2027, which counts Monday to Friday
			2026-12-31 | 2 | 2027-01-04 | the first weekend of 2027
			2026-02-13 | 0 | 2026-02-13 | no days: the start itself
			2026-02-15 | 0 | 2026-02-15 | no days, even on a holiday
			2026-02-15 | 1 | 2026-02-24 | from inside the holiday
			2025-12-31 | 10 | 2026-01-15 | ten working days over New Year 2026
			""")
	void addsWorkingDaysAcrossMonthAndYearEnds(LocalDate start, int days, LocalDate expected, String why) {
		assertThat(this.calendar.addWorkingDays(start, days)).as(why).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is a holiday")
	@MethodSource("declaredHolidays")
	void everyDeclaredHolidayIsNoWorkingDay(LocalDate holiday) {
		assertThat(this.calendar.isWorkingDay(holiday)).isFalse();
	}

	@ParameterizedTest(name = "{0} is a make-up working day")
	@CsvSource({ "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14",
			"2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })
	void everyMakeUpWeekendDayIsAWorkingDay(LocalDate day) {
		assertThat(CalendarDay.isWeekend(day)).isTrue();
		assertThat(this.calendar.isWorkingDay(day)).isTrue();
	}

	@Test
	void ordinaryWeekdaysWorkAndWeekendsDoNot() {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-03-04"))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-03-08"))).isFalse();
	}

	@ParameterizedTest(name = "({0}, {1}] holds {2} working days ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			2026-02-13 | 2026-02-24 | 2  | the make-up Saturday and the Tuesday after the festival
			2026-02-24 | 2026-02-13 | -2 | the same backwards
			2025-09-30 | 2025-10-12 | 3  | 10-09, 10-10 and the make-up Saturday 10-11
			2025-12-31 | 2026-01-05 | 2  | across the year end: the make-up Sunday and Monday
			2026-01-05 | 2025-12-31 | -2 | the same backwards
			2026-02-13 | 2026-02-13 | 0  | no day after the start
			2026-02-14 | 2026-02-23 | 0  | the whole Spring Festival
			2024-12-31 | 2025-12-31 | 248 | the whole of 2025: 261 weekdays - 18 holidays + 5 make-up days
			2025-12-31 | 2026-12-31 | 248 | the whole of 2026: 261 weekdays - 19 holidays + 6 make-up days
			2026-12-31 | 2027-12-31 | 261 | the whole of 2027, Monday to Friday
			""")
	void countsWorkingDaysAfterFromUpToAndIncludingTo(LocalDate from, LocalDate to, int expected, String why) {
		assertThat(this.calendar.workingDaysBetween(from, to)).as(why).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} + {1} calendar days = {2}")
	@CsvSource({ "2026-02-13, 10, 2026-02-23", "2025-12-25, 7, 2026-01-01", "2026-03-01, -1, 2026-02-28",
			"2028-02-28, 1, 2028-02-29", "2026-02-13, 0, 2026-02-13" })
	void addsCalendarDaysWhateverTheHolidays(LocalDate start, int days, LocalDate expected) {
		assertThat(this.calendar.addCalendarDays(start, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} + {1} working days ends at {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					2026-02-13T01:00:00Z | 1 | 2026-02-14T15:59:59Z | Friday morning: the end of the make-up Saturday, Beijing time
					2026-02-13T10:00:00Z | 2 | 2026-02-24T15:59:59Z | Friday evening in Beijing: the Tuesday after the festival
					2026-02-12T17:30:00Z | 1 | 2026-02-14T15:59:59Z | still Thursday in UTC, already Friday in Beijing
					2026-02-13T16:00:00Z | 1 | 2026-02-24T15:59:59Z | Saturday 00:00 in Beijing counts from the Saturday
					2026-02-13T02:00:00Z | 0 | 2026-02-13T15:59:59Z | no days: the end of the start day
					""")
	void workingDayDeadlineEndsAtTheEndOfTheLastWorkingDayInBeijing(Instant start, int days, Instant expected,
			String why) {
		assertThat(this.calendar.workingDayDeadline(start, days)).as(why).isEqualTo(expected);
	}

	@Test
	void refusesNegativeWorkingDays() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.addWorkingDays(LocalDate.parse("2026-02-13"), -1));
	}

	@Test
	void aYearWithoutPublishedDataCountsMondayToFridayAndSaysSo() {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).as("Friday, New Year 2027").isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).as("Saturday").isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.parse("2027-02-05"), 1)).as("Friday to Monday")
			.isEqualTo("2027-02-08");

		assertThat(this.calendar.coverage(2027)).isEqualTo(new WorkingCalendar.YearCoverage(2027, false, null));
		assertThat(this.calendar.coverage(2026))
			.isEqualTo(new WorkingCalendar.YearCoverage(2026, true, "holidays-cn.csv"));
	}

	@Test
	void warnsOncePerYearWithoutPublishedData() {
		Logger logger = (Logger) LoggerFactory.getLogger(WorkingCalendarService.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		WorkingCalendarService uncached = new WorkingCalendarService(this.store, Duration.ZERO);
		try {
			uncached.workingDaysBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-03-01"));
			uncached.addWorkingDays(LocalDate.parse("2027-05-01"), 20);
			uncached.coverage(2026);
		}
		finally {
			logger.detachAppender(appender);
		}

		assertThat(appender.list).filteredOn((event) -> event.getLevel() == Level.WARN)
			.singleElement()
			.satisfies((event) -> assertThat(event.getFormattedMessage()).contains("2027", "Monday to Friday"));
	}

	@Test
	void readsEachYearOnceWhileItIsFresh() {
		this.calendar.workingDaysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31"));
		this.calendar.addWorkingDays(LocalDate.parse("2026-02-13"), 5);

		assertThat(this.store.reads(2026)).isEqualTo(1);
	}

	@Test
	void readsAYearAgainOnceEvicted() {
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
		this.store.years.put(2026, new YearDays(2026, "edited", Map.of()));
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).as("still cached").isFalse();

		this.calendar.evict(2026);

		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isTrue();
		assertThat(this.store.reads(2026)).isEqualTo(2);
	}

	@Test
	void readsAYearAgainOnceItsTimeToLiveIsOver() {
		WorkingCalendarService expiring = new WorkingCalendarService(this.store, Duration.ZERO);

		expiring.isWorkingDay(LocalDate.parse("2026-02-16"));
		expiring.isWorkingDay(LocalDate.parse("2026-02-17"));

		assertThat(this.store.reads(2026)).isEqualTo(2);
	}

	static List<LocalDate> declaredHolidays() {
		return referenceYears().values()
			.stream()
			.flatMap((year) -> year.days().values().stream())
			.filter((day) -> day.kind() == CalendarDay.Kind.HOLIDAY)
			.map(CalendarDay::date)
			.sorted()
			.toList();
	}

	/** The reference CSV, read without the application's reader. */
	private static Map<Integer, YearDays> referenceYears() {
		Map<Integer, Map<LocalDate, CalendarDay>> days = new HashMap<>();
		try (InputStream in = new ClassPathResource("calendar/holidays-cn.csv").getInputStream()) {
			for (Map<String, String> row : Csv.read(in)) {
				CalendarDay day = new CalendarDay(LocalDate.parse(row.get("date")),
						CalendarDay.Kind.valueOf(row.get("kind")), row.get("name"));
				days.computeIfAbsent(day.date().getYear(), (year) -> new HashMap<>()).put(day.date(), day);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Map<Integer, YearDays> years = new HashMap<>();
		days.forEach((year, map) -> years.put(year, new YearDays(year, "holidays-cn.csv", map)));
		return years;
	}

	/** The years in memory; a year not in it has no published data. */
	private static final class CountingStore implements CalendarStore {

		private final Map<Integer, YearDays> years;

		private final Map<Integer, AtomicInteger> reads = new HashMap<>();

		CountingStore(Map<Integer, YearDays> years) {
			this.years = new HashMap<>(years);
		}

		@Override
		public synchronized YearDays load(int year) {
			this.reads.computeIfAbsent(year, (y) -> new AtomicInteger()).incrementAndGet();
			return this.years.getOrDefault(year, new YearDays(year, null, Map.of()));
		}

		synchronized int reads(int year) {
			return this.reads.getOrDefault(year, new AtomicInteger()).get();
		}

	}

}
