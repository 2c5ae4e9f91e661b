package cn.enforceflow.workflow;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * Someone else claimed, completed or changed the task a moment ago ("该任务已被他人处理"); nothing
 * of this request was kept.
 */
public class TaskConflictException extends BusinessRuleException {

	public TaskConflictException() {
		super("inbox.task.conflict");
	}

	public TaskConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
