package cn.enforceflow.platform.web;

import cn.enforceflow.platform.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API is a problem+json body with a Chinese {@code detail}.
 * Spring's own exceptions find their text under {@code problemDetail.<exception class>}
 * in the bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	ApiExceptionHandler(Problems problems, MessageSource messageSource) {
		this.problems = problems;
		setMessageSource(messageSource);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> businessRule(BusinessRuleException ex, HttpServletRequest request) {
		return ResponseEntity.status(ex.status())
			.body(this.problems.problem(request, ex.status(), ex.messageKey(), ex.arguments()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(this.problems.problem(request, HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(this.problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal"));
	}

}
