package cn.enforceflow.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.Users;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Administrators reach Camunda Cockpit, Admin and Tasklist under {@code /camunda} with
 * the sign-in they already have: Camunda's container-based authentication reads the
 * Spring Security user, with the groups the engine's identity service knows for them —
 * from the user accounts, or from Keycloak with profile {@code keycloak} — which are the
 * tasks' candidate groups. Who may enter at all is decided by
 * {@link SecurityConfiguration} and here alike: {@link Authorization#isAdministrator}.
 */
@Configuration(proxyBeanMethods = false)
class CamundaConsoleSignIn {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaConsoleAuthenticationFilter() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		// after the Spring Security filter chain, so that the signed-in user is known
		registration.setOrder(101);
		return registration;
	}

	/**
	 * Instantiated by Camunda's filter by class name, hence public with a default
	 * constructor.
	 */
	public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				return AuthenticationResult.unsuccessful();
			}
			Users users = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(Users.class);
			if (!users.profile(authentication.getName()).map(Authorization::isAdministrator).orElse(false)) {
				return AuthenticationResult.unsuccessful();
			}
			AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
			result.setGroups(groupsOf(authentication.getName(), engine));
			// EnforceFlow has no tenants: saying so spares Camunda the tenant query
			result.setTenants(List.of());
			return result;
		}

		/**
		 * The user's Camunda groups as the engine's identity service has them;
		 * {@code camunda-admin}, which unlocks Admin, in any case, since only
		 * administrators get this far.
		 */
		private static List<String> groupsOf(String username, ProcessEngine engine) {
			Set<String> groups = new LinkedHashSet<>();
			engine.getIdentityService()
				.createGroupQuery()
				.groupMember(username)
				.list()
				.forEach((group) -> groups.add(group.getId()));
			groups.add(CandidateGroups.CAMUNDA_ADMIN);
			return List.copyOf(groups);
		}

	}

}
