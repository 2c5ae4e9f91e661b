package cn.enforceflow.inbox;

import java.time.Instant;
import java.time.LocalDate;

import cn.enforceflow.calendar.WorkingCalendar;

/**
 * Where a task stands against its due date, in working days: "剩余 N 个工作日", due today, or
 * "已超期 N 个工作日". A task without a due date has no status.
 *
 * @param due when the task is due
 * @param state {@code REMAINING}, {@code DUE_TODAY} or {@code OVERDUE}
 * @param workingDays working days left (REMAINING) or late (OVERDUE); 0 when overdue by
 * less than a working day (the deadline passed on a day off)
 */
public record DueStatus(Instant due, State state, int workingDays) {

	public enum State {

		REMAINING, DUE_TODAY, OVERDUE

	}

	public static DueStatus of(Instant due, Instant now, WorkingCalendar calendar) {
		LocalDate dueDay = due.atZone(WorkingCalendar.ZONE).toLocalDate();
		LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
		if (now.isAfter(due)) {
			return new DueStatus(due, State.OVERDUE, Math.max(0, calendar.workingDaysBetween(dueDay, today)));
		}
		if (dueDay.equals(today)) {
			return new DueStatus(due, State.DUE_TODAY, 0);
		}
		return new DueStatus(due, State.REMAINING, calendar.workingDaysBetween(today, dueDay));
	}

	public boolean overdue() {
		return this.state == State.OVERDUE;
	}

}
