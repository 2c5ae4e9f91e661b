package cn.enforceflow.taskform.web;

import java.util.List;
import java.util.Locale;

import cn.enforceflow.platform.web.Problems;
import cn.enforceflow.taskform.FieldError;
import cn.enforceflow.taskform.InvalidFormException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A rejected task form in the API: the platform's problem+json with every field error
 * under {@code errors}, each with its parameter name, message key, arguments and text in
 * the reader's language. Ordered before the platform's handler, which would answer with
 * the count only.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidFormProblems {

	private final Problems problems;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	InvalidFormProblems(Problems problems, MessageSource messages, LocaleResolver localeResolver) {
		this.problems = problems;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@ExceptionHandler(InvalidFormException.class)
	ResponseEntity<ProblemDetail> invalidForm(InvalidFormException ex, HttpServletRequest request) {
		ProblemDetail problem = this.problems.problem(request, ex.status(), ex.messageKey(), ex.arguments());
		Locale locale = this.localeResolver.resolveLocale(request);
		problem.setProperty("errors", ex.errors().stream().map((error) -> describe(error, locale)).toList());
		return ResponseEntity.status(ex.status()).body(problem);
	}

	private ProblemFieldError describe(FieldError error, Locale locale) {
		return new ProblemFieldError(error.field(), error.code(),
				error.arguments().stream().map(String::valueOf).toList(), this.messages.getMessage(error, locale));
	}

	/** One field error as the API shows it; dates among the arguments as ISO dates. */
	record ProblemFieldError(String field, String code, List<String> arguments, String message) {

	}

}
