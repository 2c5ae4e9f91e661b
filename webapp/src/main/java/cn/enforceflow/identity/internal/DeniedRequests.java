package cn.enforceflow.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every refused request (403) in the audit trail, whoever refused it: a path
 * rule, a controller asking {@link cn.enforceflow.identity.Authorization}, a missing CSRF
 * token. It sits near the front of each security filter chain, where the signed-in user
 * is still known after the answer was written. Not a bean: a bean filter would also be
 * registered with the servlet container and run twice.
 */
class DeniedRequests extends OncePerRequestFilter {

	private final SecurityAudit audit;

	DeniedRequests(SecurityAudit audit) {
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String username = (authentication != null && authentication.isAuthenticated()
					&& !(authentication instanceof AnonymousAuthenticationToken)) ? authentication.getName() : null;
			this.audit.denied(username, request.getMethod(),
					request.getRequestURI().substring(request.getContextPath().length()), request.getRemoteAddr());
		}
	}

}
