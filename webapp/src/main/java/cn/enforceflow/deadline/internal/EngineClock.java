package cn.enforceflow.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import cn.enforceflow.calendar.WorkingCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's time in Beijing: breaches are measured against the same clock as the
 * timers that report them (tests set it with {@link ClockUtil}).
 */
final class EngineClock extends Clock {

	private final ZoneId zone;

	EngineClock() {
		this(WorkingCalendar.ZONE);
	}

	private EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
