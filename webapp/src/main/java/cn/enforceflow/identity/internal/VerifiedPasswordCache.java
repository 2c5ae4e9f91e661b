package cn.enforceflow.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password, and remembers for a few minutes that it checked them,
 * so that an API client sending HTTP Basic on every call pays for bcrypt (tens of
 * milliseconds by design) once, not on every call.
 * <p>
 * What is remembered is an HMAC of the password under a key that lives only in this
 * node's memory, next to the stored hash it was checked against. The account is read on
 * every call: a disabled account, a changed password or changed roles take effect at
 * once; only a repeated, already verified password skips bcrypt.
 * <p>
 * Before bcrypt runs, the {@link SignInGuard} is asked whether the account may try from
 * the caller's address at all, and told how the attempt went: a repeated, verified
 * password proves its holder knows it and is never throttled.
 */
class VerifiedPasswordCache implements AuthenticationProvider {

	/** How long a verified password is trusted without bcrypt. */
	static final Duration TRUSTED_FOR = Duration.ofMinutes(5);

	/** The most accounts remembered at once; beyond it the cache starts afresh. */
	static final int MAX_ENTRIES = 10_000;

	private final UserDetailsService accounts;

	private final PasswordEncoder passwords;

	private final SignInGuard guard;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	private final AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();

	/** What a password is checked against when there is no such account. */
	private final String unknownAccountHash;

	VerifiedPasswordCache(UserDetailsService accounts, PasswordEncoder passwords, Clock clock) {
		this(accounts, passwords, clock, SignInGuard.NONE);
	}

	VerifiedPasswordCache(UserDetailsService accounts, PasswordEncoder passwords, Clock clock, SignInGuard guard) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.guard = guard;
		this.clock = clock;
		new SecureRandom().nextBytes(this.key);
		this.unknownAccountHash = passwords.encode(HexFormat.of().formatHex(this.key));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = (authentication.getCredentials() != null) ? authentication.getCredentials().toString() : "";
		String address = addressOf(authentication);
		UserDetails account;
		try {
			account = this.accounts.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			this.guard.checkNotLocked(username, address);
			// the same work as for a wrong password, so that timing does not tell which
			this.passwords.matches(password, this.unknownAccountHash);
			this.guard.failed(username, address);
			throw new BadCredentialsException("Bad credentials");
		}
		this.accountStatus.check(account);
		byte[] proof = proofOf(username, password);
		Instant now = this.clock.instant();
		Verified known = this.verified.get(username);
		boolean trusted = known != null && known.storedHash().equals(account.getPassword())
				&& now.isBefore(known.until()) && MessageDigest.isEqual(known.proof(), proof);
		if (!trusted) {
			this.guard.checkNotLocked(username, address);
			if (!this.passwords.matches(password, account.getPassword())) {
				this.verified.remove(username);
				this.guard.failed(username, address);
				throw new BadCredentialsException("Bad credentials");
			}
			this.guard.succeeded(username, address);
			if (this.verified.size() >= MAX_ENTRIES) {
				this.verified.clear();
			}
			this.verified.put(username, new Verified(account.getPassword(), proof, now.plus(TRUSTED_FOR)));
		}
		return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client's address as the request gave it (after a trusted proxy's). */
	private static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	private byte[] proofOf(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private record Verified(String storedHash, byte[] proof, Instant until) {

	}

}
