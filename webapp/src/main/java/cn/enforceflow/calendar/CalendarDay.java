package cn.enforceflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 节假日安排 — one day that differs from Monday to Friday: a statutory holiday (法定节假日),
 * whatever the day of the week, or a Saturday or Sunday declared a make-up working day
 * (调休上班).
 */
public record CalendarDay(LocalDate date, Kind kind, String name) {

	/** The longest name a day may carry. */
	public static final int MAX_NAME_LENGTH = 64;

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		name = (name != null) ? name.strip() : "";
	}

	public static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** How a day differs from Monday to Friday. */
	public enum Kind {

		/** 法定节假日: nobody works, whatever the day of the week. */
		HOLIDAY,

		/** 调休上班: a Saturday or Sunday worked in exchange for a holiday. */
		WORKDAY

	}

}
