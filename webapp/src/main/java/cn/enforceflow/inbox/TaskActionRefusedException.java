package cn.enforceflow.inbox;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * The person may see the task but not take this action on it, e.g. transfer a task that
 * someone else has.
 */
public class TaskActionRefusedException extends BusinessRuleException {

	public TaskActionRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
