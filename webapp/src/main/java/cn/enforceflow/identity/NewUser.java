package cn.enforceflow.identity;

import java.util.Optional;
import java.util.Set;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;

/**
 * A user account to create, with the password in clear (it is hashed before it is
 * stored).
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles,
		Optional<DepartmentCode> department, Optional<CreditCode> enterprise,
		Optional<EnforcementCertificate> certificate, Optional<String> email) {

	public NewUser {
		roles = Set.copyOf(roles);
	}

}
