package cn.enforceflow.identity;

import java.util.Optional;
import java.util.Set;

import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.Enterprise;

/**
 * Who a user is: name, roles, the organisation they act for and, for officers, their
 * certificate.
 */
public record UserProfile(String username, String displayName, Set<Role> roles, Optional<Department> department,
		Optional<Enterprise> enterprise, Optional<EnforcementCertificate> certificate, Optional<String> email) {

	public UserProfile {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
