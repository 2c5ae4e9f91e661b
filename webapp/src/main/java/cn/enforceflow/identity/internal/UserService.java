package cn.enforceflow.identity.internal;

import java.util.List;
import java.util.Optional;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Organizations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UserService implements Users {

	private final UserAccounts accounts;

	private final Organizations organizations;

	private final PasswordEncoder passwordEncoder;

	UserService(UserAccounts accounts, Organizations organizations, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public Optional<UserProfile> profile(String username) {
		return this.accounts.findByUsername(username).map(this::toProfile);
	}

	@Override
	public List<UserProfile> members(DepartmentCode department) {
		return this.accounts.findByDepartmentCodeOrderByUsername(department.value())
			.stream()
			.map(this::toProfile)
			.toList();
	}

	@Override
	public List<UserProfile> membersOf(String groupId) {
		return CandidateGroups.parse(groupId).map((membership) -> {
			if (membership.department().isPresent()) {
				return this.accounts.findByRoleInDepartment(membership.role(), membership.department().get().value());
			}
			if (membership.enterprise().isPresent()) {
				return this.accounts.findByRoleInEnterprise(membership.role(), membership.enterprise().get().value());
			}
			return this.accounts.findByRole(membership.role());
		}).orElse(List.of()).stream().filter(UserAccountEntity::enabled).map(this::toProfile).toList();
	}

	@Override
	@Transactional
	public boolean register(NewUser user) {
		if (this.accounts.findByUsername(user.username()).isPresent()) {
			return false;
		}
		UserAccountEntity account = new UserAccountEntity(user.username(), user.displayName(),
				this.passwordEncoder.encode(user.password()), user.roles());
		account.belongTo(user.department().map(DepartmentCode::value).orElse(null),
				user.enterprise().map(CreditCode::value).orElse(null));
		user.certificate().ifPresent(account::holdCertificate);
		user.email().ifPresent(account::reachAt);
		this.accounts.save(account);
		return true;
	}

	private UserProfile toProfile(UserAccountEntity account) {
		return new UserProfile(account.username(), account.displayName(), account.roles(),
				account.departmentCode().map(DepartmentCode::of).flatMap(this.organizations::department),
				account.enterpriseCreditCode().map(CreditCode::new).flatMap(this.organizations::enterprise),
				account.certificate(), account.email());
	}

}
