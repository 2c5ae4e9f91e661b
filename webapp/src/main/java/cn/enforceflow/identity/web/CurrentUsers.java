package cn.enforceflow.identity.web;

import java.security.Principal;
import java.util.Optional;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The signed-in user's profile, looked up once per request however many places ask (the
 * page's layout and its controller). A controller method takes it as a
 * {@link UserProfile} parameter.
 */
@Component
class CurrentUsers implements HandlerMethodArgumentResolver {

	private static final String ATTRIBUTE = CurrentUsers.class.getName();

	private final Users users;

	CurrentUsers(Users users) {
		this.users = users;
	}

	/** The signed-in user of the request; empty when nobody is signed in. */
	Optional<UserProfile> of(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		if (principal == null) {
			return Optional.empty();
		}
		Object cached = request.getAttribute(ATTRIBUTE);
		if (cached instanceof UserProfile profile && profile.username().equals(principal.getName())) {
			return Optional.of(profile);
		}
		Optional<UserProfile> profile = this.users.profile(principal.getName());
		profile.ifPresent((p) -> request.setAttribute(ATTRIBUTE, p));
		return profile;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return UserProfile.class.equals(parameter.getParameterType());
	}

	/**
	 * @throws org.springframework.security.access.AccessDeniedException when the
	 * signed-in account no longer exists
	 */
	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return of(request).orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
				"no profile for the signed-in user"));
	}

}
