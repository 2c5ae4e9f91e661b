package cn.enforceflow.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on password guessing (ADR 0009): so many failures within the window lock the
 * account at that address, or the address for every account, for the lock's duration.
 *
 * @param accountFailures failures of one account from one address that lock it there
 * @param addressFailures failures from one address, whatever the accounts, that lock the
 * address
 * @param window the span in which failures are counted
 * @param lock how long a lock lasts
 */
@ConfigurationProperties("enforceflow.security.sign-in")
record SignInProperties(int accountFailures, int addressFailures, Duration window, Duration lock) {

	SignInProperties {
		if (accountFailures < 1 || addressFailures < 1) {
			throw new IllegalArgumentException("sign-in failure limits must be at least 1");
		}
		if (window == null || window.isNegative() || window.isZero() || lock == null || lock.isNegative()
				|| lock.isZero()) {
			throw new IllegalArgumentException("sign-in window and lock must be positive durations");
		}
	}

}
