package cn.enforceflow.deadline.internal;

import java.util.Date;
import java.util.Optional;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.DeadlineNotation;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * One of the engine's business calendars ({@code dueDate} or {@code duration}) that also
 * reads the working-day notation of {@link DeadlineNotation}, and hands anything else to
 * the engine's own calendar.
 * <p>
 * A deadline starts at the engine's current time (which tests set), unless the engine
 * asks for a given start, as when it recalculates a timer from its creation.
 */
final class WorkingDayBusinessCalendar implements BusinessCalendar {

	private final BusinessCalendar engineCalendar;

	private final WorkingCalendar calendar;

	WorkingDayBusinessCalendar(BusinessCalendar engineCalendar, WorkingCalendar calendar) {
		this.engineCalendar = engineCalendar;
		this.calendar = calendar;
	}

	@Override
	public Date resolveDuedate(String duedate) {
		return notation(duedate).map((deadline) -> resolve(deadline, null))
			.orElseGet(() -> this.engineCalendar.resolveDuedate(duedate));
	}

	@Override
	public Date resolveDuedate(String duedate, Date startDate) {
		return notation(duedate).map((deadline) -> resolve(deadline, startDate))
			.orElseGet(() -> this.engineCalendar.resolveDuedate(duedate, startDate));
	}

	/**
	 * A user task's due date, resolved when the task is created: at the same moment as
	 * the timers on it, so that its overdue timer and its due date agree.
	 */
	@Override
	public Date resolveDuedate(String duedate, Task task) {
		return notation(duedate).map((deadline) -> resolve(deadline, null))
			.orElseGet(() -> this.engineCalendar.resolveDuedate(duedate, task));
	}

	private Date resolve(DeadlineNotation deadline, Date startDate) {
		Date start = (startDate != null) ? startDate : ClockUtil.getCurrentTime();
		return Date.from(deadline.resolve(start.toInstant(), this.calendar));
	}

	private static Optional<DeadlineNotation> notation(String duedate) {
		try {
			return DeadlineNotation.parse(duedate);
		}
		catch (IllegalArgumentException ex) {
			throw new ProcessEngineException("Cannot resolve due date: " + ex.getMessage(), ex);
		}
	}

}
