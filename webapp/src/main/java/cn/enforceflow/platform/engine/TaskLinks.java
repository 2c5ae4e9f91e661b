package cn.enforceflow.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * What the engine's identity links say about a task.
 */
public final class TaskLinks {

	private TaskLinks() {
	}

	/** The groups that may claim the task. */
	public static List<String> candidateGroups(TaskService tasks, String taskId) {
		return tasks.getIdentityLinksForTask(taskId)
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
