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

	@Override
	public ZoneId getZone() {
		return WorkingCalendar.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the engine's clock runs in " + WorkingCalendar.ZONE);
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
