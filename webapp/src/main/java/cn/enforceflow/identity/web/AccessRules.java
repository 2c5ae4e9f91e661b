package cn.enforceflow.identity.web;

import java.util.function.Predicate;

import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@link Authorization}'s rules for method security, where a capability cannot take a
 * {@link UserProfile} parameter without depending on identity in a circle (the audit
 * trail records sign-ins, so identity uses it):
 * {@code @PreAuthorize("@access.administrator(authentication)")}.
 */
@Component("access")
public class AccessRules {

	private final Users users;

	AccessRules(Users users) {
		this.users = users;
	}

	/** {@link Authorization#isAdministrator}. */
	public boolean administrator(Authentication authentication) {
		return test(authentication, Authorization::isAdministrator);
	}

	/** {@link Authorization#mayReadCaseRecords}. */
	public boolean caseRecordsReader(Authentication authentication) {
		return test(authentication, Authorization::mayReadCaseRecords);
	}

	private boolean test(Authentication authentication, Predicate<UserProfile> rule) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		return this.users.profile(authentication.getName()).map(rule::test).orElse(false);
	}

}
