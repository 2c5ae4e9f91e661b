package cn.enforceflow.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * bcrypt once per verified password, not once per API call; and nothing the account's
 * owner or an administrator changes is hidden by it.
 */
class VerifiedPasswordCacheTests {

	private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final AtomicInteger bcryptChecks = new AtomicInteger();

	private final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return VerifiedPasswordCacheTests.this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedPasswordCacheTests.this.bcryptChecks.incrementAndGet();
			return VerifiedPasswordCacheTests.this.bcrypt.matches(raw, encoded);
		}

	};

	private final Map<String, UserDetails> accounts = new HashMap<>();

	private final MutableClock clock = new MutableClock();

	private final VerifiedPasswordCache cache = new VerifiedPasswordCache((username) -> {
		UserDetails account = this.accounts.get(username);
		if (account == null) {
			throw new UsernameNotFoundException(username);
		}
		return account;
	}, this.counting, this.clock);

	@Test
	void aVerifiedPasswordIsNotHashedAgainWithinFiveMinutes() {
		account("officer1", "demo", true);

		assertThat(signIn("officer1", "demo").getName()).isEqualTo("officer1");
		assertThat(signIn("officer1", "demo").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_OFFICER");
		assertThat(this.bcryptChecks).hasValue(1);

		this.clock.advance(VerifiedPasswordCache.TRUSTED_FOR.plusSeconds(1));
		signIn("officer1", "demo");
		assertThat(this.bcryptChecks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsAlwaysCheckedAndRefused() {
		account("officer1", "demo", true);
		signIn("officer1", "demo");

		assertThatThrownBy(() -> signIn("officer1", "demo2")).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> signIn("nobody", "demo")).isInstanceOf(BadCredentialsException.class);
		assertThat(this.bcryptChecks).hasValue(3);
	}

	@Test
	void aChangedPasswordOrADisabledAccountTakesEffectAtOnce() {
		account("officer1", "demo", true);
		signIn("officer1", "demo");

		account("officer1", "new-secret", true);
		assertThatThrownBy(() -> signIn("officer1", "demo")).isInstanceOf(BadCredentialsException.class);
		assertThat(signIn("officer1", "new-secret").isAuthenticated()).isTrue();

		account("officer1", "new-secret", false);
		assertThatThrownBy(() -> signIn("officer1", "new-secret")).isInstanceOf(DisabledException.class);
	}

	private Authentication signIn(String username, String password) {
		return this.cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	private void account(String username, String password, boolean enabled) {
		this.accounts.put(username,
				User.withUsername(username)
					.password(this.bcrypt.encode(password))
					.disabled(!enabled)
					.roles("OFFICER")
					.build());
	}

	/** A clock the test moves. */
	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-30T02:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
