package cn.enforceflow.identity.internal;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people and API clients prove who they are: local passwords (the default) or
 * Keycloak (profile {@code keycloak}). {@link SecurityConfiguration} decides what each
 * may reach, the same way for both.
 */
interface SignInMethod {

	/**
	 * Authentication of a stateless API chain; failures answer problem+json.
	 * @param realm the name of the chain, for {@code WWW-Authenticate}
	 */
	void api(HttpSecurity http, String realm) throws Exception;

	/**
	 * How API clients send their credentials, as the OpenAPI document declares it for
	 * every operation, so that generated clients send them; named by
	 * {@link SecurityScheme#getScheme()} ({@code basic}, {@code bearer}).
	 */
	SecurityScheme apiCredentials();

	/** Sign-in and sign-out of the pages. */
	void pages(HttpSecurity http) throws Exception;

	/**
	 * Origins besides the application's own that a form may lead to (the browser checks
	 * redirects after a form too): Keycloak's, where signing out ends.
	 */
	default String formTargets() {
		return "";
	}

}
