package cn.enforceflow.identity.internal;

import cn.enforceflow.identity.Role;
import cn.enforceflow.platform.web.Problems;
import java.time.Clock;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three doors: the JSON API ({@code /api/**}, HTTP Basic, stateless), the engine's REST
 * API ({@code /engine-rest/**}, administrators only) and the pages (form sign-in,
 * sessions in the database, CSRF). Anything not listed needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Sign-in by username and password, without bcrypt on every API call. */
	@Bean
	VerifiedPasswordCache passwordAuthentication(UserDetailsService accounts, PasswordEncoder passwords, Clock clock) {
		return new VerifiedPasswordCache(accounts, passwords, clock);
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
	SecurityFilterChain apiChain(HttpSecurity http, Problems problems) throws Exception {
		http.securityMatcher(PATHS.matcher("/api/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return statelessBasic(http, problems, "EnforceFlow").build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain engineRestChain(HttpSecurity http, Problems problems) throws Exception {
		http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Role.ADMIN.name()));
		return statelessBasic(http, problems, "EnforceFlow engine").build();
	}

	/**
	 * HTTP Basic without sessions, answering problem+json. No cookie is ever trusted on
	 * such a chain, so there is nothing to forge and CSRF protection is off.
	 */
	private static HttpSecurity statelessBasic(HttpSecurity http, Problems problems, String realm) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
				HttpStatus.FORBIDDEN, "problem.forbidden");
		return http.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf((csrf) -> csrf.disable());
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PATHS.matcher("/login"), PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
					PATHS.matcher("/images/**"), PATHS.matcher("/vendor/**"), PATHS.matcher("/favicon.ico"),
					PATHS.matcher("/public/**"), PATHS.matcher("/actuator/health"),
					PATHS.matcher("/actuator/health/**"))
			.permitAll()
			.requestMatchers(PATHS.matcher("/camunda/**"), PATHS.matcher("/admin/**"))
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// Camunda's web console brings its own CSRF protection (XSRF-TOKEN cookie and
			// header)
			.csrf((csrf) -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")))
			.headers(Customizer.withDefaults());
		return http.build();
	}

}
