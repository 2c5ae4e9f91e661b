package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.deadline.DeadlinePolicy;
import org.springframework.stereotype.Component;

/**
 * A hazard's deadline when the officer sets none: the rectification policy's length
 * counted on the working-day calendar from the day the inspection was held (15 working
 * days by default).
 */
@Component
class RectificationDefaults {

	static final String POLICY = "invitation.rectify";

	private final DeadlinePolicies policies;

	private final WorkingCalendar calendar;

	RectificationDefaults(DeadlinePolicies policies, WorkingCalendar calendar) {
		this.policies = policies;
		this.calendar = calendar;
	}

	LocalDate deadlineAfter(LocalDate inspectedOn) {
		DeadlinePolicy policy = this.policies.policy(POLICY);
		return LocalDate.ofInstant(
				policy.due().resolve(inspectedOn.atStartOfDay(WorkingCalendar.ZONE).toInstant(), this.calendar),
				WorkingCalendar.ZONE);
	}

}
