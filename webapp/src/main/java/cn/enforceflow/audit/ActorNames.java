package cn.enforceflow.audit;

import java.util.Map;
import java.util.Set;

/**
 * The names the people in the trail are shown by. The identity capability provides them:
 * it appends sign-ins to the trail, so the trail may not depend on it in turn.
 */
public interface ActorNames {

	/**
	 * The display names of those usernames that name an account; others are left out.
	 */
	Map<String, String> displayNames(Set<String> usernames);

}
