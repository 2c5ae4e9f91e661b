package cn.enforceflow.deadline.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.SpringFestivalCalendar;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The engine's {@code dueDate} and {@code duration} calendars with working days: the
 * notation resolves on the working calendar from the engine's time; ISO 8601 goes to
 * Camunda's own calendars unchanged.
 */
class WorkingDayBusinessCalendarTests {

	private static final Date FRIDAY_BEFORE_SPRING_FESTIVAL = beijing("2026-02-13T10:00");

	private final WorkingCalendar calendar = new SpringFestivalCalendar();

	private final WorkingDayBusinessCalendar dueDates = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(),
			this.calendar);

	private final WorkingDayBusinessCalendar durations = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(),
			this.calendar);

	@BeforeEach
	void stopTheEngineClock() {
		ClockUtil.setCurrentTime(FRIDAY_BEFORE_SPRING_FESTIVAL);
	}

	@AfterEach
	void resetTheEngineClock() {
		ClockUtil.reset();
	}

	@Test
	void timersAndTaskDueDatesStartAtTheEnginesTime() {
		Date due = beijing("2026-02-24T23:59:59");

		assertThat(this.durations.resolveDuedate("P2WD")).isEqualTo(due);
		assertThat(this.dueDates.resolveDuedate("P2WD")).isEqualTo(due);
		assertThat(this.dueDates.resolveDuedate("P2WD", (Task) null)).isEqualTo(due);
		assertThat(this.durations.resolveDuedate("P2WD@09:00")).isEqualTo(beijing("2026-02-24T09:00"));
	}

	@Test
	void aGivenStartWins() {
		// the engine recalculates a timer from its creation time
		assertThat(this.durations.resolveDuedate("P1WD", beijing("2026-02-24T10:00")))
			.isEqualTo(beijing("2026-02-25T23:59:59"));
	}

	@Test
	void isoDurationsAndDatesGoToCamundasCalendars() {
		Instant now = FRIDAY_BEFORE_SPRING_FESTIVAL.toInstant();

		assertThat(this.durations.resolveDuedate("PT36H")).isEqualTo(Date.from(now.plus(Duration.ofHours(36))));
		assertThat(this.dueDates.resolveDuedate("P2D", (Task) null)).isEqualTo(Date.from(now.plus(Duration.ofDays(2))));
		assertThat(this.durations.resolveDuedate("P1D", beijing("2026-02-20T08:00")))
			.isEqualTo(beijing("2026-02-21T08:00"));
		assertThat(this.dueDates.resolveDuedate("2026-03-01T10:00:00+08:00")).isEqualTo(beijing("2026-03-01T10:00"));
	}

	@Test
	void invalidWorkingDayNotationFailsWithTheReason() {
		assertThatExceptionOfType(ProcessEngineException.class).isThrownBy(() -> this.durations.resolveDuedate("P-1WD"))
			.withMessageContaining("'P-1WD' is not a valid working-day deadline")
			.withMessageContaining("negative");
		assertThatExceptionOfType(ProcessEngineException.class)
			.isThrownBy(() -> this.dueDates.resolveDuedate("P1WD@25:00", (Task) null))
			.withMessageContaining("25:00");
	}

	@Test
	void whatNeitherReadsIsCamundasError() {
		assertThatExceptionOfType(ProcessEngineException.class).isThrownBy(() -> this.durations.resolveDuedate("soon"));
	}

	@Test
	void pluginReplacesTheDueDateAndDurationCalendarsOnly() {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		MapBusinessCalendarManager engineCalendars = new MapBusinessCalendarManager();
		engineCalendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
		engineCalendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
		engineCalendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		configuration.setBusinessCalendarManager(engineCalendars);

		new WorkingDayCalendarPlugin(this.calendar).postInit(configuration);

		BusinessCalendarManager calendars = configuration.getBusinessCalendarManager();
		assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME))
			.isInstanceOf(WorkingDayBusinessCalendar.class);
		assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME))
			.isInstanceOf(WorkingDayBusinessCalendar.class);
		assertThat(calendars.getBusinessCalendar(CycleBusinessCalendar.NAME)).isInstanceOf(CycleBusinessCalendar.class);
		assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME).resolveDuedate("P2WD"))
			.isEqualTo(beijing("2026-02-24T23:59:59"));
	}

	private static Date beijing(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant());
	}

}
