package cn.enforceflow.inbox;

import cn.enforceflow.platform.NotFoundException;

/**
 * The task is finished, or was never there for this person: whether it exists is not
 * theirs to know.
 */
public class TaskNotFoundException extends NotFoundException {

	public TaskNotFoundException(String taskId) {
		super("inbox.task.notFound", taskId);
	}

}
