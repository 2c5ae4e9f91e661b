package cn.enforceflow.identity.web;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.platform.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user and the CSRF token into every page's model, for the layout.
 */
@ControllerAdvice(annotations = PageController.class)
class CurrentUserModel {

	private final CurrentUsers currentUsers;

	CurrentUserModel(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	/**
	 * The CSRF token for the page's forms (sign-out, later every action form). Exposed
	 * here rather than by exposing all request attributes, which breaks the error page
	 * after a failed render.
	 */
	@ModelAttribute("_csrf")
	CsrfToken csrf(CsrfToken token) {
		return token;
	}

	@ModelAttribute("currentUser")
	UserProfile currentUser(HttpServletRequest request) {
		return this.currentUsers.of(request).orElse(null);
	}

}
