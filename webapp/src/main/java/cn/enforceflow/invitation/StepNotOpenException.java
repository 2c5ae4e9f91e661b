package cn.enforceflow.invitation;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * An action out of turn: the invitation is not at the step the action belongs to (it
 * moved on, or has not got there).
 */
public class StepNotOpenException extends BusinessRuleException {

	public StepNotOpenException(String trackingNumber, InvitationStatus status) {
		super("invitation.outOfTurn", trackingNumber, status.name());
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
