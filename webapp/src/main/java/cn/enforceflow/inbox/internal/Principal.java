package cn.enforceflow.inbox.internal;

import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.UserProfile;

/**
 * How the read model names who may take a task or took part in a case: {@code G:} and a
 * candidate group, or {@code U:} and a username.
 */
final class Principal {

	private static final String GROUP = "G:";

	private static final String USER = "U:";

	private Principal() {
	}

	static String group(String groupId) {
		return GROUP + groupId;
	}

	static String user(String username) {
		return USER + username;
	}

	/** The user and each of their groups: whatever may stand for them on a task. */
	static List<String> of(UserProfile user) {
		List<String> principals = new ArrayList<>();
		principals.add(user(user.username()));
		CandidateGroups.of(user).forEach((group) -> principals.add(group(group)));
		return principals;
	}

	static boolean isGroup(String principal) {
		return principal.startsWith(GROUP);
	}

	/** The group id or username without the prefix. */
	static String id(String principal) {
		return principal.substring(2);
	}

}
