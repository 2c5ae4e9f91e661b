package cn.enforceflow.exemption.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepNotOpenException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The step guard every exemption command starts with: the case the person may see, at a
 * status the step belongs to, and the step's open task the workflow layer lets them work
 * on — or the reason why not (404, 409, 403). Also the commands' clock.
 */
@Component
class ExemptionGuard {

	private final ExemptionAccess access;

	private final ExemptionProcess process;

	private final Clock clock;

	ExemptionGuard(ExemptionAccess access, ExemptionProcess process, Clock clock) {
		this.access = access;
		this.process = process;
		this.clock = clock;
	}

	Guarded at(UserProfile user, String caseNumber, String taskKey, ExemptionStatus... statuses) {
		ExemptionEntity exemption = atStatus(user, caseNumber, statuses);
		return new Guarded(exemption, this.process.step(user, exemption, taskKey));
	}

	ExemptionEntity atStatus(UserProfile user, String caseNumber, ExemptionStatus... statuses) {
		ExemptionEntity exemption = this.access.visible(user, caseNumber);
		if (!Set.of(statuses).contains(exemption.status())) {
			throw new StepNotOpenException("exemption.outOfTurn", exemption.caseNumber(),
					new DefaultMessageSourceResolvable("exemption.status." + exemption.status().name()));
		}
		return exemption;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	Instant now() {
		return this.clock.instant();
	}

	record Guarded(ExemptionEntity exemption, OpenStep step) {

	}

}
