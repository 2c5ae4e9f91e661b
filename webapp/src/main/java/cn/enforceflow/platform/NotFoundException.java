package cn.enforceflow.platform;

import org.springframework.http.HttpStatus;

/**
 * Something the user asked for does not exist (or they may not know that it does).
 */
public class NotFoundException extends BusinessRuleException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

}
