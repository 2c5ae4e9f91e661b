package cn.enforceflow.invitation;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** The person may see the invitation but not take this action on it. */
public class InvitationActionRefusedException extends BusinessRuleException {

	public InvitationActionRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
