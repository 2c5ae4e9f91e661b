package cn.enforceflow.deadline.internal;

import java.util.Map;

import cn.enforceflow.calendar.WorkingCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine working days: user-task due dates ({@code dueDate} calendar) and
 * timer durations and dates ({@code duration}, {@code dueDate}) may be written in the
 * notation of ADR 0004, so that the job executor honours holidays and make-up working
 * days. Timer cycles keep the engine's own calendar.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

	private final WorkingCalendar calendar;

	/**
	 * The calendar (and its persistence) is looked up when the first deadline is
	 * resolved, not while the engine is being configured.
	 */
	WorkingDayCalendarPlugin(@Lazy WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		BusinessCalendarManager engineCalendars = configuration.getBusinessCalendarManager();
		Map<String, BusinessCalendar> workingDayCalendars = Map.of(DueDateBusinessCalendar.NAME,
				new WorkingDayBusinessCalendar(engineCalendars.getBusinessCalendar(DueDateBusinessCalendar.NAME),
						this.calendar),
				DurationBusinessCalendar.NAME, new WorkingDayBusinessCalendar(
						engineCalendars.getBusinessCalendar(DurationBusinessCalendar.NAME), this.calendar));
		configuration.setBusinessCalendarManager(
				(name) -> workingDayCalendars.getOrDefault(name, engineCalendars.getBusinessCalendar(name)));
	}

}
