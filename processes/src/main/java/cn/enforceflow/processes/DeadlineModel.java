package cn.enforceflow.processes;

/**
 * How every model writes a deadline (see {@code docs/adr/0004-working-day-deadlines.md}):
 * a user task takes its due date from a deadline policy, and two non-interrupting
 * boundary timers on it lead to the reminder and the breach delegates.
 *
 * <pre>
 * UserTask_X        camunda:dueDate="${deadlines.due('process.step')}"
 * Timer_StepReminder  ${deadlines.reminder('process.step')} → ServiceTask_RemindStep → End_StepReminded
 * Timer_StepOverdue   ${deadlines.due('process.step')}      → ServiceTask_RecordStepBreach → End_StepBreachRecorded
 * </pre>
 *
 * A deadline that counts from a day of the case rather than from the task is written
 * {@code dueAfter('process.step', dayVariable)} with {@code reminderAfter} (record within
 * 3 working days of the visit); one on a day a person set is written
 * {@code dueOn('process.step', dayVariable)} with {@code reminderOn} (the officer's
 * rectification deadline). The overdue timer always repeats the due date's expression.
 */
public final class DeadlineModel {

	/**
	 * The bean the models call for a policy's notation: {@code ${deadlines.due('key')}},
	 * {@code ${deadlines.reminder('key')}}.
	 */
	public static final String POLICIES_BEAN = "deadlines";

	/** The delegate behind every reminder timer. */
	public static final String REMINDER_DELEGATE = "deadlineReminder";

	/** The delegate behind every overdue timer. */
	public static final String BREACH_DELEGATE = "deadlineBreach";

	private DeadlineModel() {
	}

	/** The expression of a user task's due date and of its overdue timer. */
	public static String dueExpression(String policy) {
		return "${" + POLICIES_BEAN + ".due('" + policy + "')}";
	}

	/** The expression of a user task's reminder timer. */
	public static String reminderExpression(String policy) {
		return "${" + POLICIES_BEAN + ".reminder('" + policy + "')}";
	}

	/**
	 * The reminder expression that goes with a due-date expression: {@code due} with
	 * {@code reminder}, {@code dueAfter} with {@code reminderAfter}, {@code dueOn} with
	 * {@code reminderOn}, with the same arguments.
	 */
	public static String reminderFor(String dueExpression) {
		String prefix = "${" + POLICIES_BEAN + ".due";
		if (!dueExpression.startsWith(prefix)) {
			throw new IllegalArgumentException("not a deadline expression: " + dueExpression);
		}
		return "${" + POLICIES_BEAN + ".reminder" + dueExpression.substring(prefix.length());
	}

	public static String reminderTimer(String step) {
		return "Timer_" + step + "Reminder";
	}

	public static String overdueTimer(String step) {
		return "Timer_" + step + "Overdue";
	}

	public static String reminderTask(String step) {
		return "ServiceTask_Remind" + step;
	}

	public static String breachTask(String step) {
		return "ServiceTask_Record" + step + "Breach";
	}

	public static String remindedEnd(String step) {
		return "End_" + step + "Reminded";
	}

	public static String breachRecordedEnd(String step) {
		return "End_" + step + "BreachRecorded";
	}

}
