package cn.enforceflow.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.enforceflow.audit.ActorNames;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import org.springframework.stereotype.Component;

/**
 * The display names the audit trail shows its actors by. The trail asks through its own
 * interface because identity already depends on it (sign-ins are recorded there).
 */
@Component
class AuditActorNames implements ActorNames {

	private final Users users;

	AuditActorNames(Users users) {
		this.users = users;
	}

	@Override
	public Map<String, String> displayNames(Set<String> usernames) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String username : usernames) {
			this.users.profile(username).map(UserProfile::displayName).ifPresent((name) -> names.put(username, name));
		}
		return names;
	}

}
