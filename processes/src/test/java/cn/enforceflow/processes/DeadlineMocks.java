package cn.enforceflow.processes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The application's deadline beans, registered by name with the mock expression manager
 * of engine-only tests (see {@link DeadlineModel}): policies that answer plain ISO 8601
 * durations in calendar days (the working-day notation is the application's business
 * calendar, tested there), and delegates that record where they were called and what the
 * execution saw.
 * <p>
 * A deadline of the task ({@code due}) counts from the engine's clock. A deadline from a
 * day of the case ({@code dueAfter}, {@code dueOn}; an ISO date, a {@link LocalDate} or a
 * {@link Date}, taken in Beijing time, as the application takes them) ends at 23:59:59
 * Beijing time of its day, written as the duration from the engine's clock, so that a
 * test can tell a deadline counted from the visit from one counted from the task. A day
 * already past makes the deadline today, as in the application. Call
 * {@link Mocks#reset()} after each test.
 */
public final class DeadlineMocks {

	/** Where deadlines end, whatever the JVM's time zone (ADR 0004). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** How long before its deadline every reminder goes out. */
	public static final Duration REMINDER_LEAD = Duration.ofHours(15);

	/** The policy lengths in days; an unknown policy fails, as in the application. */
	private static final Map<String, Integer> DAYS = Map.ofEntries(Map.entry("invitation.accept", 2),
			Map.entry("invitation.schedule", 5), Map.entry("invitation.record", 3), Map.entry("invitation.rectify", 15),
			Map.entry("invitation.verify", 5), Map.entry("invitation.rate", 10), Map.entry("exemption.order", 2),
			Map.entry("exemption.correct", 10), Map.entry("exemption.check", 3), Map.entry("exemption.propose", 5),
			Map.entry("exemption.legal-review", 3), Map.entry("exemption.approve", 2), Map.entry("exemption.serve", 7),
			Map.entry("exemption.publish", 7));

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

	/** 23:59:59 Beijing time on a day: when a deadline on that day ends. */
	public static Instant endOf(LocalDate day) {
		return day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
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

		/** The end of the policy's length counted from a day of the case. */
		public String dueAfter(String policy, Object day) {
			return until(endsAfter(policy, day));
		}

		public String reminderAfter(String policy, Object day) {
			return until(endsAfter(policy, day).minus(REMINDER_LEAD));
		}

		/** The end of a day a person set; the policy only names it. */
		public String dueOn(String policy, Object day) {
			days(policy);
			return until(endsOn(day));
		}

		public String reminderOn(String policy, Object day) {
			days(policy);
			return until(endsOn(day).minus(REMINDER_LEAD));
		}

		/** When a deadline of {@code days(policy)} days after {@code day} ends. */
		public Instant endsAfter(String policy, Object day) {
			return endsOn(dayOf(day).plusDays(days(policy)));
		}

		private static Instant endsOn(Object day) {
			LocalDate today = LocalDate.ofInstant(now(), ZONE);
			LocalDate last = dayOf(day);
			return endOf(last.isBefore(today) ? today : last);
		}

		private static LocalDate dayOf(Object day) {
			if (day == null) {
				throw new IllegalArgumentException("a deadline's day is missing");
			}
			if (day instanceof LocalDate date) {
				return date;
			}
			if (day instanceof Date date) {
				return LocalDate.ofInstant(date.toInstant(), ZONE);
			}
			return LocalDate.parse(day.toString());
		}

		/** The duration from the engine's clock to an instant, never negative. */
		private static String until(Instant instant) {
			Instant now = now();
			return instant.isAfter(now) ? Duration.between(now, instant).toString() : "PT0S";
		}

		private static Instant now() {
			return ClockUtil.getCurrentTime().toInstant();
		}

	}

	/** A delegate that remembers each call, and does nothing else. */
	public static final class RecordingDelegate implements JavaDelegate {

		private final List<Call> calls = new ArrayList<>();

		@Override
		public void execute(DelegateExecution execution) {
			this.calls.add(new Call(execution.getCurrentActivityId(), execution.getParentActivityInstanceId(),
					execution.getProcessBusinessKey(),
					Collections.unmodifiableMap(new HashMap<>(execution.getVariables()))));
		}

		/** The ids of the service tasks it ran in, in order. */
		public List<String> activities() {
			return this.calls.stream().map(Call::activity).toList();
		}

		/** Every call, in order. */
		public List<Call> calls() {
			return List.copyOf(this.calls);
		}

	}

	/**
	 * One call of a {@link RecordingDelegate}: the service task, the activity instance of
	 * its scope, the case, and every variable visible to the execution then (the hazard
	 * of a multi-instance, say).
	 */
	public record Call(String activity, String scope, String businessKey, Map<String, Object> variables) {

		public Object variable(String name) {
			return this.variables.get(name);
		}

	}

}
