package cn.enforceflow.identity.internal;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer (ADR 0009):
 * <ul>
 * <li>a Content Security Policy that allows scripts and styles from the application only
 * — no inline script, no inline style, no {@code eval} — and no framing;</li>
 * <li>HSTS, written only on requests that arrived over TLS (behind a proxy, once
 * {@code server.forward-headers-strategy} has said so);</li>
 * <li>{@code X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff} and a
 * same-origin referrer policy.</li>
 * </ul>
 * Camunda's consoles under {@code /camunda/**} are left to the policy Camunda writes for
 * them itself (a nonce for its scripts, inline styles): a second policy would only narrow
 * theirs and break them.
 */
final class SecurityHeaders {

	/**
	 * Our pages' policy; the first {@code %s} takes the styles besides our own, the
	 * second the sign-in method's form targets.
	 */
	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'%s; img-src 'self' data:; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'%s; frame-ancestors 'none'";

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/** Camunda's consoles, which write their own policy. */
	static final RequestMatcher CAMUNDA = PATHS.matcher("/camunda/**");

	/** Swagger UI, which needs inline styles. */
	static final RequestMatcher SWAGGER_UI = PATHS.matcher("/swagger-ui/**");

	private SecurityHeaders() {
	}

	static String policy(SignInMethod signIn, boolean inlineStyles) {
		String targets = signIn.formTargets();
		return String.format(POLICY, inlineStyles ? " 'unsafe-inline'" : "", targets.isEmpty() ? "" : " " + targets);
	}

	static void apply(HeadersConfigurer<HttpSecurity> headers, SignInMethod signIn) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(new OrRequestMatcher(CAMUNDA, SWAGGER_UI)),
					new ContentSecurityPolicyHeaderWriter(policy(signIn, false))))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(policy(signIn, true))))
			.frameOptions((frames) -> frames.deny())
			// written on secure requests only (Spring's default matcher)
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
