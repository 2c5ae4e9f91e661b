package cn.enforceflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * 节假日安排维护 — how administrators keep the working-day calendar: a single day, or a whole
 * year as the State Council publishes it. {@link WorkingCalendar} sees a change at once
 * on this node and within a minute on the others.
 */
public interface CalendarManagement {

	/** The holidays and make-up working days of a year, by date. */
	List<CalendarDay> days(int year);

	/** Whether, when and from what the year's published arrangement was loaded. */
	Optional<LoadedYear> loaded(int year);

	/**
	 * Declares one day a holiday or a make-up working day, whatever it was before.
	 * @throws BusinessRuleException if a make-up working day is not a Saturday or Sunday,
	 * or the name is too long
	 */
	void setDay(CalendarDay day, String by);

	/**
	 * Makes a day ordinary again: Monday to Friday work, the weekend does not.
	 * @return whether the day was a holiday or a make-up working day
	 */
	boolean resetDay(LocalDate date, String by);

	/**
	 * Replaces a year's holidays and make-up working days by those of a CSV or Excel
	 * (.xlsx) file with the columns {@code date,kind,name}, and records the year as
	 * published, in one transaction.
	 * @return the number of days stored
	 * @throws CalendarFileException listing every invalid line; nothing is stored then
	 */
	int importYear(int year, String filename, byte[] content, String by);

}
