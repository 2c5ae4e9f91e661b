package cn.enforceflow.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The application's deadline beans, registered by name with the mock expression manager
 * of engine-only tests (see {@link DeadlineModel}): policies that answer plain ISO 8601
 * calendar-day durations (the working-day notation is the application's business
 * calendar, tested there), and delegates that record where they were called.
 * <p>
 * Call {@link Mocks#reset()} after each test.
 */
public final class DeadlineMocks {

	/** The policy lengths in days; an unknown policy fails, as in the application. */
	private static final Map<String, Integer> DAYS = Map.ofEntries(Map.entry("invitation.accept", 2),
			Map.entry("invitation.schedule", 5), Map.entry("invitation.record", 3), Map.entry("invitation.rectify", 15),
			Map.entry("invitation.verify", 5), Map.entry("invitation.rate", 10));

	public final Policies policies = new Policies();

	public final RecordingDelegate reminders = new RecordingDelegate();

	public final RecordingDelegate breaches = new RecordingDelegate();

	private DeadlineMocks() {
	}

	public static DeadlineMocks register() {
		DeadlineMocks mocks = new DeadlineMocks();
		Mocks.register(DeadlineModel.POLICIES_BEAN, mocks.policies);
		Mocks.register(DeadlineModel.REMINDER_DELEGATE, mocks.reminders);
		Mocks.register(DeadlineModel.BREACH_DELEGATE, mocks.breaches);
		return mocks;
	}

	/** Stands in for the {@code deadlines} bean. Public: the engine's EL calls it. */
	public static final class Policies {

		/** The policy's length in days. */
		public int days(String policy) {
			Integer days = DAYS.get(policy);
			if (days == null) {
				throw new IllegalArgumentException("unknown deadline policy " + policy);
			}
			return days;
		}

		public String due(String policy) {
			return "P" + days(policy) + "D";
		}

		/** Fifteen hours before the due date. */
		public String reminder(String policy) {
			return "P" + (days(policy) - 1) + "DT9H";
		}

		/**
		 * As {@link #due}: the day of the case only moves the deadline in the
		 * application.
		 */
		public String dueAfter(String policy, Object day) {
			requireDay(day);
			return due(policy);
		}

		public String reminderAfter(String policy, Object day) {
			requireDay(day);
			return reminder(policy);
		}

		/**
		 * As {@link #due}: the day a person set only moves the deadline in the
		 * application.
		 */
		public String dueOn(String policy, Object day) {
			requireDay(day);
			return due(policy);
		}

		public String reminderOn(String policy, Object day) {
			requireDay(day);
			return reminder(policy);
		}

		private static void requireDay(Object day) {
			if (day == null) {
				throw new IllegalArgumentException("a deadline's day is missing");
			}
		}

	}

	/** A delegate that remembers the activity it ran in, and does nothing else. */
	public static final class RecordingDelegate implements JavaDelegate {

		private final List<String> activities = new ArrayList<>();

		@Override
		public void execute(DelegateExecution execution) {
			this.activities.add(execution.getCurrentActivityId());
		}

		/** The ids of the service tasks it ran in, in order. */
		public List<String> activities() {
			return List.copyOf(this.activities);
		}

	}

}
