package cn.enforceflow.deadline;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A named deadline of a workflow step, e.g. {@code invitation.accept}: 2 working days.
 *
 * @param key the name models use, {@code <process>.<step>}
 * @param length how many days the step may take
 * @param unit how the days are counted
 * @param reminderLead when the reminder goes out: while this many working days are left,
 * counting the deadline's own day, at {@link #REMINDER_TIME}; 1 is the morning of the
 * last working day
 * @param descriptionKey the message key of the step's description (bundle
 * {@code i18n/deadlines})
 */
public record DeadlinePolicy(String key, int length, DeadlineUnit unit, int reminderLead, String descriptionKey) {

	/** Reminders go out at the start of the working day. */
	public static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

	public DeadlinePolicy {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(descriptionKey, "descriptionKey");
		if (length < 1 || length > DeadlineNotation.MAX_DAYS) {
			throw new IllegalArgumentException(
					"deadline policy " + key + ": length must be from 1 to " + DeadlineNotation.MAX_DAYS);
		}
		if (reminderLead < 1 || reminderLead > DeadlineNotation.MAX_DAYS) {
			throw new IllegalArgumentException(
					"deadline policy " + key + ": reminder lead must be from 1 to " + DeadlineNotation.MAX_DAYS);
		}
	}

	/** The deadline: the end of the last day. */
	public DeadlineNotation due() {
		return (this.unit == DeadlineUnit.WORKING_DAYS) ? DeadlineNotation.workingDays(this.length)
				: DeadlineNotation.calendarDays(this.length);
	}

	/**
	 * The reminder: {@link #REMINDER_TIME} on the working day when {@link #reminderLead}
	 * working days are left, never before the first working day.
	 */
	public DeadlineNotation reminder() {
		if (this.unit == DeadlineUnit.WORKING_DAYS) {
			return DeadlineNotation.workingDays(Math.max(1, this.length - this.reminderLead + 1), REMINDER_TIME);
		}
		return DeadlineNotation.calendarDays(this.length, this.reminderLead, REMINDER_TIME);
	}

}
