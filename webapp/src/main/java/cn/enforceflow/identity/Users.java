package cn.enforceflow.identity;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.organization.DepartmentCode;

/**
 * The user accounts.
 */
public interface Users {

	Optional<UserProfile> profile(String username);

	/** The people of a department, by display name. */
	List<UserProfile> members(DepartmentCode department);

	/**
	 * The people in a candidate group (see {@link CandidateGroups}), e.g.
	 * {@code SFJ.SUPERVISOR}; nobody for a group id that names no group.
	 */
	List<UserProfile> membersOf(String groupId);

	/**
	 * Creates an account unless one with the same username exists.
	 * @return whether it was created
	 */
	boolean register(NewUser user);

}
