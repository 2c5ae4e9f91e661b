package cn.enforceflow.identity.internal;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins: the password was not even checked. Pages say so in Chinese,
 * the API answers 429 with {@code Retry-After}.
 */
class SignInLockedException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final transient Instant until;

	SignInLockedException(Instant until) {
		super("Too many failed sign-ins; locked until " + until);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
