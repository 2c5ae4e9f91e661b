package cn.enforceflow.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import cn.enforceflow.platform.web.Problems;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sign-in against the user accounts table: the sign-in page for people, HTTP Basic for
 * API clients, both limited by {@link SignInThrottle}. The embedded default and the
 * {@code mysql} profile without Keycloak.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
class LocalSignIn implements SignInMethod {

	private final Problems problems;

	private final SecurityAudit audit;

	private final Clock clock;

	LocalSignIn(Problems problems, SecurityAudit audit, Clock clock) {
		this.problems = problems;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The one authentication provider: passwords, without bcrypt on every API call, and
	 * throttled.
	 */
	@Bean
	VerifiedPasswordCache passwordAuthentication(UserDetailsService accounts, PasswordEncoder passwords, Clock clock,
			SignInThrottle throttle) {
		return new VerifiedPasswordCache(accounts, passwords, clock, throttle);
	}

	@Override
	public void api(HttpSecurity http, String realm) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof SignInLockedException locked) {
				tooManyFailures(request, response, locked);
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		};
		http.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized));
	}

	@Override
	public SecurityScheme apiCredentials() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("本系统账户的用户名和密码（HTTP Basic）");
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(pageFailure()));
	}

	private AuthenticationFailureHandler pageFailure() {
		return (request, response, ex) -> {
			if (ex instanceof SignInLockedException) {
				// refused before the password was checked: the lock itself is in the
				// trail
				response.sendRedirect(request.getContextPath() + "/login?locked");
				return;
			}
			this.audit.signInFailed(request.getParameter("username"), request.getRemoteAddr(), "password");
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	private void tooManyFailures(HttpServletRequest request, HttpServletResponse response, SignInLockedException locked)
			throws IOException {
		long seconds = Math.max(1, Duration.between(this.clock.instant(), locked.until()).toSeconds());
		response.setHeader("Retry-After", String.valueOf(seconds));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.tooManySignIns");
	}

}
