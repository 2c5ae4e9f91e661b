package cn.enforceflow.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.workflow.StepOpened;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the application of every user task the engine opens, whatever opened it (a
 * completion, a timer, 退回, Cockpit), as {@link StepOpened}: added to every user task of
 * every model by {@link StepOpeningsPlugin}. A task opened again by 退回 is marked so,
 * because the return tells its own story.
 */
@Component
class StepOpenings implements TaskListener {

	private static final ThreadLocal<Boolean> REOPENING = ThreadLocal.withInitial(() -> false);

	private final ApplicationEventPublisher events;

	StepOpenings(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		List<String> users = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : task.getCandidates()) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
			else if (link.getUserId() != null) {
				users.add(link.getUserId());
			}
		}
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		// the engine's deployment cache answers this without a query
		String processKey = task.getProcessEngineServices()
			.getRepositoryService()
			.getProcessDefinition(task.getProcessDefinitionId())
			.getKey();
		this.events.publishEvent(new StepOpened(task.getId(), processKey, task.getTaskDefinitionKey(), task.getName(),
				task.getExecution().getProcessBusinessKey(), task.getAssignee(), users, groups, due, REOPENING.get()));
	}

	/** Runs the change with every task it opens marked as opened again by 退回. */
	static <T> T reopening(java.util.function.Supplier<T> change) {
		REOPENING.set(true);
		try {
			return change.get();
		}
		finally {
			REOPENING.remove();
		}
	}

}
