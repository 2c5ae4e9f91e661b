package cn.enforceflow.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits password guessing, counted in the database so that every node sees the same
 * counts (ADR 0009). Two counters, each over a sliding-from-the-first-failure window:
 * <ul>
 * <li>one account from one address: after {@code accountFailures} failures that account
 * is locked <em>at that address</em> for the lock's duration;</li>
 * <li>one address, whatever the accounts: after {@code addressFailures} failures the
 * address is locked for every account.</li>
 * </ul>
 * An account is never locked for every address: an attacker elsewhere cannot lock a
 * person out of their own desk. Usernames count case-insensitively (MySQL compares them
 * so).
 */
@Component
class SignInThrottle implements SignInGuard {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	enum Kind {

		ACCOUNT, ADDRESS

	}

	/** A lock just imposed, for the audit trail. */
	record Lock(Kind kind, String username, String address, int failures, Instant until) {

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final SecurityAudit audit;

	private final Clock clock;

	private final SignInProperties limits;

	SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SecurityAudit audit, Clock clock,
			SignInProperties limits) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.clock = clock;
		this.limits = limits;
	}

	@Override
	public void checkNotLocked(String username, String address) {
		long now = now();
		Long until = this.jdbc.queryForObject(
				"select max(locked_until) from sign_in_throttle where throttle_key in (?, ?) and locked_until > ?",
				Long.class, key(Kind.ACCOUNT, username, address), key(Kind.ADDRESS, null, address), now);
		if (until != null) {
			throw new SignInLockedException(Instant.ofEpochSecond(until));
		}
	}

	@Override
	public void failed(String username, String address) {
		this.transactions.executeWithoutResult((status) -> {
			List<Lock> locks = new ArrayList<>();
			count(Kind.ACCOUNT, username, address, this.limits.accountFailures()).ifPresent(locks::add);
			count(Kind.ADDRESS, null, address, this.limits.addressFailures()).ifPresent(locks::add);
			// the audit trail is appended last: it holds the chain's lock until commit
			locks.forEach(this.audit::locked);
		});
	}

	@Override
	public void succeeded(String username, String address) {
		this.jdbc.update("delete from sign_in_throttle where throttle_key = ?", key(Kind.ACCOUNT, username, address));
	}

	/** Forgets failures whose window has passed and locks that have ended. */
	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
	void forgetOldFailures() {
		long now = now();
		int removed = this.jdbc.update(
				"delete from sign_in_throttle where window_started < ? and (locked_until is null or locked_until < ?)",
				now - this.limits.window().toSeconds(), now);
		if (removed > 0) {
			log.debug("Forgot {} expired sign-in failure counters", removed);
		}
	}

	private Optional<Lock> count(Kind kind, String username, String address, int limit) {
		String key = key(kind, username, address);
		long now = now();
		long windowStart = now - this.limits.window().toSeconds();
		for (int attempt = 0; attempt < 2; attempt++) {
			List<long[]> rows = this.jdbc.query(
					"select failures, window_started, locked_until from sign_in_throttle where throttle_key = ? for update",
					(rs, i) -> new long[] { rs.getInt(1), rs.getLong(2), rs.getObject(3) != null ? rs.getLong(3) : 0 },
					key);
			int failures;
			if (rows.isEmpty()) {
				try {
					this.jdbc.update(
							"insert into sign_in_throttle (throttle_key, kind, username, address, failures, window_started) "
									+ "values (?, ?, ?, ?, 1, ?)",
							key, kind.name(), (username != null) ? SecurityAudit.printable(username) : null,
							abbreviate(address), now);
				}
				catch (DuplicateKeyException ex) {
					// another node counted the same failure key first: count on its row
					continue;
				}
				failures = 1;
			}
			else {
				long[] row = rows.get(0);
				if (row[2] > now) {
					// already locked: nothing more to count
					return Optional.empty();
				}
				boolean fresh = row[1] <= windowStart;
				failures = fresh ? 1 : (int) row[0] + 1;
				this.jdbc.update(
						"update sign_in_throttle set failures = ?, window_started = ?, locked_until = null where throttle_key = ?",
						failures, fresh ? now : row[1], key);
			}
			if (failures < limit) {
				return Optional.empty();
			}
			long until = now + this.limits.lock().toSeconds();
			// the count starts again once the lock ends
			this.jdbc.update(
					"update sign_in_throttle set failures = 0, window_started = ?, locked_until = ? where throttle_key = ?",
					now, until, key);
			log.warn("Sign-in locked until {}: {} failures for {} from {}", Instant.ofEpochSecond(until), failures,
					(kind == Kind.ACCOUNT) ? "account " + SecurityAudit.printable(username) : "any account", address);
			return Optional.of(new Lock(kind, username, address, failures, Instant.ofEpochSecond(until)));
		}
		return Optional.empty();
	}

	private long now() {
		return this.clock.instant().getEpochSecond();
	}

	private static String key(Kind kind, String username, String address) {
		String name = (username != null) ? username.toLowerCase(Locale.ROOT) : "";
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of()
				.formatHex(sha256
					.digest((kind.name() + '\u0000' + name + '\u0000' + address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String abbreviate(String address) {
		return (address.length() > 64) ? address.substring(0, 64) : address;
	}

}
