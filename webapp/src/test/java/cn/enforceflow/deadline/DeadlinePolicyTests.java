package cn.enforceflow.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a policy writes into the models: its deadline, and its reminder at 09:00 on the
 * working day when the lead's number of working days is left.
 */
class DeadlinePolicyTests {

	@ParameterizedTest(name = "{0} days, lead {1}: {2} / {3}")
	@CsvSource({ "2, 1, P2WD, P2WD@09:00", "2, 2, P2WD, P1WD@09:00", "5, 2, P5WD, P4WD@09:00",
			"15, 3, P15WD, P13WD@09:00", "1, 1, P1WD, P1WD@09:00",
			// never before the first working day
			"2, 5, P2WD, P1WD@09:00" })
	void workingDayPolicy(int length, int lead, String due, String reminder) {
		DeadlinePolicy policy = new DeadlinePolicy("invitation.accept", length, DeadlineUnit.WORKING_DAYS, lead,
				"deadline.policy.invitation.accept");

		assertThat(policy.due()).hasToString(due);
		assertThat(policy.reminder()).hasToString(reminder);
	}

	@Test
	void calendarDayPolicyRemindsOnAWorkingDay() {
		DeadlinePolicy policy = new DeadlinePolicy("referral.report", 60, DeadlineUnit.CALENDAR_DAYS, 5,
				"deadline.policy.referral.report");

		assertThat(policy.due()).hasToString("P60CD");
		assertThat(policy.reminder()).hasToString("P60CD-5WD@09:00");
	}

	@Test
	void rejectsAbsurdLengthsAndLeads() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeadlinePolicy("a.b", 0, DeadlineUnit.WORKING_DAYS, 1, "d"))
			.withMessageContaining("length");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeadlinePolicy("a.b", 5, DeadlineUnit.WORKING_DAYS, 0, "d"))
			.withMessageContaining("reminder lead");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeadlinePolicy("a.b", 3651, DeadlineUnit.CALENDAR_DAYS, 1, "d"));
	}

}
