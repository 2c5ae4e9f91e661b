package cn.enforceflow.exemption;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/** The person may see the case but this action is not theirs (403). */
public class ExemptionActionRefusedException extends BusinessRuleException {

	public ExemptionActionRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
