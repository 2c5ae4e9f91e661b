package cn.enforceflow.platform.web;

import java.util.Map;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A rule broken on a page (a filter typed into the address, a task that is gone): a
 * Chinese page saying what is wrong, with the status the API would answer, never a 500.
 */
@ControllerAdvice(annotations = PageController.class)
class PageExceptionHandler {

	@ExceptionHandler(BusinessRuleException.class)
	ModelAndView brokenRule(BusinessRuleException ex) {
		return new ModelAndView("error/rule",
				Map.of("status", ex.status().value(), "messageKey", ex.messageKey(), "messageArgs", ex.arguments()),
				ex.status());
	}

}
