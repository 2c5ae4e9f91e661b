package cn.enforceflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import cn.enforceflow.calendar.WorkingCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The time of the whole application under test, the engine's included: the application's
 * {@link Clock} reads the engine's clock, so that a test moves both at once
 * ({@link #travel(Duration)}) and puts them back ({@link #reset()}, in
 * {@code @AfterEach}). Tests never sleep.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Moves the application's and the engine's time forward (or back). */
	public static void travel(Duration by) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
	}

	/** Sets the time to a moment. */
	public static void travelTo(Instant at) {
		ClockUtil.setCurrentTime(Date.from(at));
	}

	/** Sets the time to 10:00 Beijing time on a day. */
	public static void travelTo(LocalDate day) {
		travelTo(day.atTime(10, 0).atZone(WorkingCalendar.ZONE).toInstant());
	}

	/** Back to the real time. */
	public static void reset() {
		ClockUtil.reset();
	}

	/** Today in Beijing, as the application sees it. */
	public static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingCalendar.ZONE);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new TestClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Puts the test clock in place of the application's. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		Clock testClock() {
			return new TestClock(WorkingCalendar.ZONE);
		}

	}

}
