package cn.enforceflow.identity.internal;

import java.util.function.Predicate;

import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.platform.web.Problems;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four doors: the JSON API ({@code /api/**}, stateless), the engine's REST API
 * ({@code /engine-rest/**}, administrators only), the API's OpenAPI document (the API's
 * credentials, or the session of the Swagger UI page) and the pages (sessions in the
 * database, CSRF). How people prove who they are is the {@link SignInMethod}'s business
 * (local passwords, or Keycloak with profile {@code keycloak}); what they may reach is
 * decided here and by {@link Authorization}, the same for both. Every door sends the
 * security headers of {@link SecurityHeaders} and records refusals in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/**
	 * springdoc's documents at {@code springdoc.api-docs.path} (application.yml): the
	 * JSON, the YAML, the Swagger UI's configuration.
	 */
	static final RequestMatcher API_DOCS = new OrRequestMatcher(PATHS.matcher("/v3/api-docs/**"),
			PATHS.matcher("/v3/api-docs.yaml"), PATHS.matcher("/v3/api-docs.yaml/**"));

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The engine learns who acts in each request, after sign-in is known. */
	@Bean
	FilterRegistrationBean<EngineAuthenticationFilter> engineAuthenticationFilter(IdentityService identity) {
		FilterRegistrationBean<EngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EngineAuthenticationFilter(identity));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, SignInMethod signIn, Problems problems, SecurityAudit audit)
			throws Exception {
		// /api/public/**: 行政执法公示, the API's counterpart of the public pages
		http.securityMatcher(PATHS.matcher("/api/**"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PATHS.matcher("/api/public/**"))
				.permitAll()
				.anyRequest()
				.authenticated());
		signIn.api(http, "EnforceFlow");
		return stateless(http, problems, audit, signIn).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain engineRestChain(HttpSecurity http, SignInMethod signIn, Problems problems, SecurityAudit audit,
			Users users) throws Exception {
		http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authorizeHttpRequests(
					(requests) -> requests.anyRequest().access(profile(users, Authorization::isAdministrator)));
		signIn.api(http, "EnforceFlow engine");
		return stateless(http, problems, audit, signIn).build();
	}

	/**
	 * The OpenAPI document, for whoever may call the API: a provincial platform or a
	 * client generator with the API's credentials (HTTP Basic, or Keycloak bearer tokens
	 * with profile {@code keycloak}), and the Swagger UI page, whose script fetches it
	 * with the browser's session. The session is read, never created: neither the API's
	 * credentials nor a refusal starts one, and a refusal is a 401 with problem+json, not
	 * a redirect to the sign-in page. springdoc answers GETs only, which CSRF protection
	 * lets through: it stays on, as this chain trusts a session cookie.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiDocsChain(HttpSecurity http, SignInMethod signIn, Problems problems, SecurityAudit audit)
			throws Exception {
		http.securityMatcher(API_DOCS).authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		signIn.api(http, "EnforceFlow");
		return http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(forbidden(problems)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.headers((headers) -> SecurityHeaders.apply(headers, signIn))
			.addFilterAfter(new DeniedRequests(audit), SecurityContextHolderFilter.class)
			.build();
	}

	/**
	 * Without sessions, answering problem+json. No cookie is ever trusted on such a
	 * chain, so there is nothing to forge and CSRF protection is off.
	 */
	private static HttpSecurity stateless(HttpSecurity http, Problems problems, SecurityAudit audit,
			SignInMethod signIn) throws Exception {
		return http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(forbidden(problems)))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> SecurityHeaders.apply(headers, signIn))
			.addFilterAfter(new DeniedRequests(audit), SecurityContextHolderFilter.class);
	}

	private static AccessDeniedHandler forbidden(Problems problems) {
		return (request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@Bean
	@Order(4)
	SecurityFilterChain pageChain(HttpSecurity http, SignInMethod signIn, SecurityAudit audit, Users users)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PATHS.matcher("/login"), PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
					PATHS.matcher("/images/**"), PATHS.matcher("/vendor/**"), PATHS.matcher("/favicon.ico"),
					PATHS.matcher("/public/**"), PATHS.matcher("/actuator/health"),
					PATHS.matcher("/actuator/health/**"))
			.permitAll()
			.requestMatchers(PATHS.matcher("/camunda/**"), PATHS.matcher("/admin/**"))
			.access(profile(users, Authorization::isAdministrator))
			.anyRequest()
			.authenticated());
		signIn.pages(http);
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout")
			.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					audit.signedOut(authentication.getName(), request.getRemoteAddr());
				}
			}))
			// a new session id at sign-in, so that a session planted before it is
			// worthless
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// Camunda's web console brings its own CSRF protection (XSRF-TOKEN cookie and
			// header)
			.csrf((csrf) -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")))
			.headers((headers) -> SecurityHeaders.apply(headers, signIn))
			.addFilterAfter(new DeniedRequests(audit), SecurityContextHolderFilter.class);
		return http.build();
	}

	/**
	 * A rule of {@link Authorization} over the signed-in user's profile, for paths that
	 * no controller guards (the engine's consoles and REST API) and as a second fence
	 * around the administration pages.
	 */
	static AuthorizationManager<RequestAuthorizationContext> profile(Users users, Predicate<UserProfile> rule) {
		return (authentication, context) -> {
			Authentication signedIn = authentication.get();
			if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
				return new AuthorizationDecision(false);
			}
			return new AuthorizationDecision(users.profile(signedIn.getName()).map(rule::test).orElse(false));
		};
	}

}
