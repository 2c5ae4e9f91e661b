package cn.enforceflow.identity.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a row in {@code user_account} for every Keycloak user who has signed in, as their
 * token describes them (ADR 0009), so that everything that asks {@code Users} — display
 * names on timelines, colleagues to transfer a task to, certified officers to assign —
 * knows them. The row has no password: it can never be used to sign in locally. A token
 * the node has already seen for the same person writes nothing.
 */
class KeycloakAccounts {

	private static final Logger log = LoggerFactory.getLogger(KeycloakAccounts.class);

	/** The most people remembered at once; beyond it the memory starts afresh. */
	private static final int MAX_REMEMBERED = 10_000;

	private final UserAccounts accounts;

	private final Organizations organizations;

	private final TransactionTemplate transactions;

	private final Map<String, KeycloakIdentity> seen = new ConcurrentHashMap<>();

	KeycloakAccounts(UserAccounts accounts, Organizations organizations,
			PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	void synchronize(KeycloakIdentity identity) {
		if (identity.equals(this.seen.get(identity.username()))) {
			return;
		}
		try {
			write(identity);
		}
		catch (DataIntegrityViolationException ex) {
			// another node created the row at the same moment: update it instead
			write(identity);
		}
		if (this.seen.size() >= MAX_REMEMBERED) {
			this.seen.clear();
		}
		this.seen.put(identity.username(), identity);
	}

	private void write(KeycloakIdentity identity) {
		String department = identity.department()
			.filter((code) -> known(code, this.organizations.department(code).isPresent(), identity))
			.map(DepartmentCode::value)
			.orElse(null);
		String enterprise = identity.enterprise()
			.filter((code) -> known(code, this.organizations.enterprise(code).isPresent(), identity))
			.map(CreditCode::value)
			.orElse(null);
		this.transactions.executeWithoutResult((status) -> {
			UserAccountEntity account = this.accounts.findByUsername(identity.username())
				.orElseGet(() -> new UserAccountEntity(identity.username(), identity.displayName(), null,
						identity.roles()));
			account.describeAs(identity.displayName(), identity.roles(), department, enterprise,
					identity.certificate().orElse(null), identity.email().orElse(null));
			this.accounts.saveAndFlush(account);
		});
	}

	private static boolean known(Object code, boolean registered, KeycloakIdentity identity) {
		if (!registered) {
			log.warn("Keycloak user {} belongs to {}, which EnforceFlow does not know: ignored", identity.username(),
					code);
		}
		return registered;
	}

}
