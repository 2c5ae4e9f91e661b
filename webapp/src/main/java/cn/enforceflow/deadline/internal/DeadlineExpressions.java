package cn.enforceflow.deadline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.DeadlineNotation;
import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.deadline.DeadlinePolicy;
import cn.enforceflow.processes.DeadlineModel;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The deadline policies as the models read them:
 * <ul>
 * <li>{@code ${deadlines.due('invitation.accept')}} is {@code P2WD} and
 * {@code ${deadlines.reminder('invitation.accept')}} is {@code P2WD@09:00}: counted from
 * the task's creation;</li>
 * <li>{@code ${deadlines.dueAfter('invitation.record', visitDate)}}: the policy's length
 * counted from a day of the case instead (record within 3 working days <em>of the
 * visit</em>), with {@code reminderAfter};</li>
 * <li>{@code ${deadlines.dueOn('invitation.rectify', rectificationDeadline)}}: the end of
 * a day a person set (the officer's rectification deadline), with {@code reminderOn}
 * going out as the policy's reminder lead says.</li>
 * </ul>
 * The last two are written as calendar days from now ({@code P<n>CD}), so the engine's
 * business calendar resolves every form. A day already past makes the deadline today.
 * Days are ISO dates ({@code 2026-12-03}) or {@link LocalDate}s.
 * <p>
 * Public because the engine's expression language calls it.
 */
@Component(DeadlineModel.POLICIES_BEAN)
public class DeadlineExpressions {

	private final DeadlinePolicies policies;

	private final WorkingCalendar calendar;

	DeadlineExpressions(DeadlinePolicies policies, WorkingCalendar calendar) {
		this.policies = policies;
		this.calendar = calendar;
	}

	public String due(String policy) {
		return this.policies.policy(policy).due().toString();
	}

	public String reminder(String policy) {
		return this.policies.policy(policy).reminder().toString();
	}

	public String dueAfter(String policy, Object day) {
		return onDay(lastDayAfter(policy, day)).toString();
	}

	public String reminderAfter(String policy, Object day) {
		return reminderOnDay(this.policies.policy(policy), lastDayAfter(policy, day)).toString();
	}

	public String dueOn(String policy, Object day) {
		this.policies.policy(policy);
		return onDay(dayOf(day)).toString();
	}

	public String reminderOn(String policy, Object day) {
		return reminderOnDay(this.policies.policy(policy), dayOf(day)).toString();
	}

	/** The last day of the policy's period, counted from the day instead of from now. */
	private LocalDate lastDayAfter(String policy, Object day) {
		Instant startOfDay = dayOf(day).atStartOfDay(WorkingCalendar.ZONE).toInstant();
		Instant deadline = this.policies.policy(policy).due().resolve(startOfDay, this.calendar);
		return LocalDate.ofInstant(deadline, WorkingCalendar.ZONE);
	}

	/** The end of the day, as calendar days from now. */
	private static DeadlineNotation onDay(LocalDate last) {
		return DeadlineNotation.calendarDays(daysFromToday(last));
	}

	private static DeadlineNotation reminderOnDay(DeadlinePolicy policy, LocalDate last) {
		return DeadlineNotation.calendarDays(daysFromToday(last), policy.reminderLead(), DeadlinePolicy.REMINDER_TIME);
	}

	/** Counted from the engine's today, as the business calendar will resolve it. */
	private static int daysFromToday(LocalDate last) {
		LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingCalendar.ZONE);
		return (int) Math.max(0, Math.min(DeadlineNotation.MAX_DAYS, ChronoUnit.DAYS.between(today, last)));
	}

	private static LocalDate dayOf(Object day) {
		if (day instanceof LocalDate date) {
			return date;
		}
		if (day instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), WorkingCalendar.ZONE);
		}
		if (day instanceof String text) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("a deadline's day must be an ISO date (2026-12-03), not " + text,
						ex);
			}
		}
		throw new IllegalArgumentException("a deadline's day must be an ISO date (2026-12-03), not " + day);
	}

}
