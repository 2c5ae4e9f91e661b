package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import cn.enforceflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * What comes next after a step, for the sentence that tells the person: the day by which
 * the step now open is due, as the engine set it a moment ago.
 */
@Component
class NextSteps {

	private final InvitationProcess process;

	NextSteps(InvitationProcess process) {
		this.process = process;
	}

	/** The last day of the soonest-due open instance of the step, or null. */
	LocalDate dueOf(String trackingNumber, String taskKey) {
		return this.process.open(trackingNumber, taskKey)
			.stream()
			.map((step) -> step.due())
			.filter((due) -> due != null)
			.min(java.util.Comparator.naturalOrder())
			// a deadline ends at the end of its last working day: shown as that day
			.map((due) -> LocalDate.ofInstant(due.minusSeconds(1), WorkingCalendar.ZONE))
			.orElse(null);
	}

}
