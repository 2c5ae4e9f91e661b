package cn.enforceflow.calendar.web;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * A date, a number of days or a year that the calendar cannot work with; the message says
 * what is expected.
 */
class InvalidCalendarQueryException extends BusinessRuleException {

	InvalidCalendarQueryException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
