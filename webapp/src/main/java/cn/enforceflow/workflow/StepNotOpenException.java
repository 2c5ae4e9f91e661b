package cn.enforceflow.workflow;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * An action out of turn: the case is not at the step the action belongs to (it moved on,
 * or has not got there).
 */
public class StepNotOpenException extends BusinessRuleException {

	public StepNotOpenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
