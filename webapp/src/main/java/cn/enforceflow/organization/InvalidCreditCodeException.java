package cn.enforceflow.organization;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * A text that is not a valid 统一社会信用代码.
 */
public class InvalidCreditCodeException extends BusinessRuleException {

	public InvalidCreditCodeException(String text) {
		super("organization.creditCode.invalid", text);
	}

}
