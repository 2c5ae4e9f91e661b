package cn.enforceflow.calendar.internal;

import java.time.LocalDate;
import java.util.Map;

import cn.enforceflow.calendar.CalendarDay;

/**
 * What the arithmetic knows of one year: its holidays and make-up working days, and the
 * source of its published arrangement ({@code null} when none is loaded).
 */
record YearDays(int year, String source, Map<LocalDate, CalendarDay> days) {

	YearDays {
		days = Map.copyOf(days);
	}

	boolean published() {
		return this.source != null;
	}

}
