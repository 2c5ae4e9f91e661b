package cn.enforceflow.platform;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the domain. It carries a message key, so that users
 * read the reason in their language (problem+json {@code detail} in the API, a message on
 * the page). Dates among the arguments are passed as themselves ({@code LocalDate},
 * {@code Instant}, ...), never as {@code toString()}: the message source writes them as
 * the reader does (2026年12月14日).
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The HTTP status the API answers with. */
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

}
