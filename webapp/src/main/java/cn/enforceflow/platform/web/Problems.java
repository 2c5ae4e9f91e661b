package cn.enforceflow.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds {@code application/problem+json} answers whose {@code detail} is read from the
 * message bundles in the user's language (Chinese by default), dates among the arguments
 * written as the reader does (see {@code LocalizedMessageSource}).
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final ObjectMapper objectMapper;

	Problems(MessageSource messages, LocaleResolver localeResolver, ObjectMapper objectMapper) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.objectMapper = objectMapper;
	}

	public Locale localeOf(HttpServletRequest request) {
		return this.localeResolver.resolveLocale(request);
	}

	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String messageKey,
			Object... arguments) {
		Locale locale = this.localeResolver.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, arguments, messageKey, locale));
		problem.setTitle(
				this.messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", messageKey);
		return problem;
	}

	/**
	 * Writes a problem directly, for the places outside Spring MVC (security filters).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		ProblemDetail problem = problem(request, status, messageKey);
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

	/** Whether a request is to the JSON API rather than to a page. */
	public static boolean isApi(String path) {
		return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/engine-rest"));
	}

}
