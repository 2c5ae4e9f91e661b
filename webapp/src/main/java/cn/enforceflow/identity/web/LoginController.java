package cn.enforceflow.identity.web;

import cn.enforceflow.platform.web.PageController;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the local form (it posts to Spring Security's {@code /login}), or,
 * with Keycloak, a link to the single sign-on, shown after an error or a sign-out (people
 * who are not signed in are sent to Keycloak directly).
 */
@PageController
class LoginController {

	private final boolean singleSignOn;

	private final String lockMinutes;

	LoginController(Environment environment, @Value("${enforceflow.security.sign-in.lock}") Duration lock) {
		this.singleSignOn = environment.acceptsProfiles(Profiles.of("keycloak"));
		this.lockMinutes = String.valueOf(Math.max(1, lock.toMinutes()));
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		model.addAttribute("singleSignOn", this.singleSignOn);
		model.addAttribute("lockMinutes", this.lockMinutes);
		return "login";
	}

}
