package cn.enforceflow.workflow;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * The person may see the step but not work on it: it is not offered to them, it needs a
 * valid enforcement certificate, or they took an earlier step of the case that this one
 * must not share a performer with.
 */
public class StepRefusedException extends BusinessRuleException {

	public StepRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
