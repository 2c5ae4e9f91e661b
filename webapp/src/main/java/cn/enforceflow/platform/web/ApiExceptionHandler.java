package cn.enforceflow.platform.web;

import java.util.List;
import java.util.Locale;

import cn.enforceflow.platform.BusinessRuleException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
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

	private final MessageSource messages;

	ApiExceptionHandler(Problems problems, MessageSource messageSource) {
		this.problems = problems;
		this.messages = messageSource;
		setMessageSource(messageSource);
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> businessRule(BusinessRuleException ex, HttpServletRequest request) {
		return ResponseEntity.status(ex.status())
			.body(this.problems.problem(request, ex.status(), ex.messageKey(), ex.arguments()));
	}

	/**
	 * A body that breaks the strict binding ({@link StrictJson}): 400 with the field that
	 * broke it and why, in the reader's language.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (!(ex.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()
				|| !(request instanceof ServletWebRequest servlet)) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		String field = FieldPath.of(mapping.getPath());
		String reason = FieldPath.reasonOf(mapping);
		HttpServletRequest http = servlet.getRequest();
		Locale locale = this.problems.localeOf(http);
		String message = this.messages.getMessage("problem.field." + reason, new Object[] { field },
				"problem.field." + reason, locale);
		ProblemDetail problem = this.problems.problem(http, HttpStatus.BAD_REQUEST, "problem.field." + reason, field);
		problem.setProperty("errors", List.of(new FieldProblem(field, "problem.field." + reason, message)));
		return ResponseEntity.badRequest().body(problem);
	}

	/** One field of a request body that the API could not read, and why. */
	record FieldProblem(String field, String code, String message) {

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
