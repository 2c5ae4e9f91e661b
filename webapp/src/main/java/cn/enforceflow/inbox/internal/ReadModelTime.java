package cn.enforceflow.inbox.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import cn.enforceflow.calendar.WorkingCalendar;

/**
 * How the read model stores time: Beijing local time in whole seconds, as the other
 * domain tables do (MySQL's connection sends no fractional seconds, so H2 keeps none
 * either and both sort alike). A task without a due date sorts on the last day there is.
 */
final class ReadModelTime {

	/** The sort key of a task without a due date: after every real one. */
	static final LocalDateTime NO_DUE_DATE = LocalDateTime.of(9999, 12, 31, 0, 0);

	private ReadModelTime() {
	}

	static LocalDateTime of(Date date) {
		return (date != null) ? of(date.toInstant()) : null;
	}

	static LocalDateTime of(Instant instant) {
		return (instant != null)
				? LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), WorkingCalendar.ZONE) : null;
	}

	static LocalDateTime sortDue(Date due) {
		return (due != null) ? of(due) : NO_DUE_DATE;
	}

	static LocalDateTime sortDue(Instant due) {
		return (due != null) ? of(due) : NO_DUE_DATE;
	}

	static Instant instant(LocalDateTime stored) {
		return (stored != null) ? stored.atZone(WorkingCalendar.ZONE).toInstant() : null;
	}

}
