package cn.enforceflow.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The local sign-in page (the form posts to Spring Security's {@code /login}).
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		return "login";
	}

}
