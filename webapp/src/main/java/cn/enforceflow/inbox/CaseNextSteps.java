package cn.enforceflow.inbox;

import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * What comes next in a case, as its progress page shows it: each open step, and whether
 * this person can act on it now or urge whoever has it.
 */
@Component
public class CaseNextSteps {

	private final TaskActions tasks;

	CaseNextSteps(TaskActions tasks) {
		this.tasks = tasks;
	}

	public List<NextStep> of(UserProfile user, CaseTimeline timeline) {
		List<NextStep> next = new ArrayList<>();
		for (CaseTimeline.Step step : timeline.steps()) {
			if (step.outcome() == CaseTimeline.Outcome.OPEN) {
				next.add(next(user, step));
			}
		}
		return next;
	}

	private NextStep next(UserProfile user, CaseTimeline.Step step) {
		boolean mayUrge = this.tasks.mayUrge(user, step.taskId());
		try {
			TaskDetails details = this.tasks.details(user, step.taskId());
			boolean mine = details.may(TaskDetails.TaskAction.COMPLETE) || details.may(TaskDetails.TaskAction.CLAIM);
			return new NextStep(step, mine ? step.taskId() : null, mayUrge);
		}
		catch (BusinessRuleException notTheirs) {
			return new NextStep(step, null, mayUrge);
		}
	}

	/**
	 * An open step of the case as the progress page shows it.
	 *
	 * @param taskId the task to open, when this person may do the step now
	 * @param mayUrge whether this person may urge whoever has it (催办)
	 */
	public record NextStep(CaseTimeline.Step step, String taskId, boolean mayUrge) {

	}

}
