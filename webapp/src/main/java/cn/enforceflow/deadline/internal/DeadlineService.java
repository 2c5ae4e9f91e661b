package cn.enforceflow.deadline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.DeadlineBreach;
import cn.enforceflow.deadline.DeadlineBreached;
import cn.enforceflow.deadline.DeadlineReminderDue;
import cn.enforceflow.deadline.Deadlines;
import cn.enforceflow.deadline.TaskRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DeadlineService implements Deadlines {

	private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);

	private final DeadlineBreaches breaches;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock = new EngineClock();

	DeadlineService(DeadlineBreaches breaches, WorkingCalendar calendar, ApplicationEventPublisher events) {
		this.breaches = breaches;
		this.calendar = calendar;
		this.events = events;
	}

	@Override
	public void remind(TaskRef task) {
		this.events.publishEvent(DeadlineReminderDue.of(task));
	}

	@Override
	public boolean recordBreach(TaskRef task) {
		if (this.breaches.existsByTaskId(task.taskId())) {
			return false;
		}
		Instant now = this.clock.instant();
		// a task without a due date is overdue when its overdue timer says so
		Instant due = (task.due() != null) ? task.due() : now;
		int lateBy = Math.max(0, this.calendar.workingDaysBetween(day(due), day(now)));
		DeadlineBreach breach = this.breaches.saveAndFlush(new DeadlineBreachEntity(task, due, now, lateBy)).toBreach();
		log.info("{} {} ({}): task {} is overdue since {}, by {} working days", task.processKey(), task.businessKey(),
				task.processInstanceId(), task.taskDefinitionKey(), due, lateBy);
		this.events.publishEvent(DeadlineBreached.of(breach));
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeadlineBreach> breach(String taskId) {
		return this.breaches.findByTaskId(taskId).map(DeadlineBreachEntity::toBreach);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, WorkingCalendar.ZONE);
	}

}
