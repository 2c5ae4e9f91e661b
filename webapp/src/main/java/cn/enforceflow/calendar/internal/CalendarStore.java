package cn.enforceflow.calendar.internal;

/**
 * Where the arithmetic reads a year from: the database, or in unit tests a map.
 */
@FunctionalInterface
interface CalendarStore {

	YearDays load(int year);

}
