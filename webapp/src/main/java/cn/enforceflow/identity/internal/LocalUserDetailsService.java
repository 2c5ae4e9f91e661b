package cn.enforceflow.identity.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local sign-in against the user accounts table (the embedded default and the MySQL
 * profile until Keycloak takes over).
 */
@Component
class LocalUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	LocalUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccountEntity account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.username())
			.password(account.passwordHash() == null ? "" : account.passwordHash())
			.disabled(!account.enabled() || account.passwordHash() == null)
			.authorities(account.roles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList())
			.build();
	}

}
