package cn.enforceflow.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in, sign-out and refusals in the audit trail (执法全过程记录). Each entry is appended in
 * a transaction of its own, except a lock, which joins the transaction that imposed it.
 * Successful API calls are not recorded (there would be one entry per call); failed API
 * sign-ins are recorded when they add up to a lock.
 */
@Component
class SecurityAudit {

	static final String SIGNED_IN = "SIGNED_IN";

	static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

	static final String SIGNED_OUT = "SIGNED_OUT";

	static final String ACCESS_DENIED = "ACCESS_DENIED";

	/** The actor of what nobody signed in did: a failed sign-in, a refused request. */
	static final String ANONYMOUS = "anonymous";

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

	private static final int MAX_PATH = 500;

	private final AuditTrail trail;

	private final TransactionTemplate transactions;

	SecurityAudit(AuditTrail trail, PlatformTransactionManager transactionManager) {
		this.trail = trail;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Signed in on a page (not an API call: those authenticate on every request and are
	 * not interactive).
	 */
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		signedIn(authentication.getName(), address,
				(authentication instanceof OAuth2AuthenticationToken) ? "keycloak" : "password");
	}

	/** Signed in on a page: with a password, or through Keycloak. */
	void signedIn(String username, String address, String method) {
		append(AuditRecord.of(actor(username), SIGNED_IN)
			.withSubject(ACCOUNT, printable(username))
			.withChange(null, values("address", address, "method", method)));
	}

	/** A wrong password or an unknown account on the sign-in page. */
	void signInFailed(String attemptedUsername, String address, String method) {
		append(AuditRecord.of(ANONYMOUS, SIGN_IN_FAILED)
			.withSubject(ACCOUNT, printable(attemptedUsername))
			.withChange(null, values("address", address, "method", method)));
	}

	/** Joins the caller's transaction (the one that imposed the lock). */
	void locked(SignInThrottle.Lock lock) {
		AuditRecord record = AuditRecord.of(AuditRecord.SYSTEM, SIGN_IN_LOCKED)
			.withSubject((lock.kind() == SignInThrottle.Kind.ACCOUNT) ? ACCOUNT : ADDRESS,
					(lock.kind() == SignInThrottle.Kind.ACCOUNT) ? printable(lock.username())
							: printable(lock.address()))
			.withChange(null, values("address", lock.address(), "failures", lock.failures(), "lockedUntil",
					lock.until().toString()));
		this.trail.record(record);
	}

	void signedOut(String username, String address) {
		append(AuditRecord.of(actor(username), SIGNED_OUT)
			.withSubject(ACCOUNT, printable(username))
			.withChange(null, values("address", address)));
	}

	/** A request answered 403: who asked for what. */
	void denied(String username, String method, String path, String address) {
		String shown = (path.length() > MAX_PATH) ? path.substring(0, MAX_PATH) : path;
		append(AuditRecord.of((username != null) ? actor(username) : ANONYMOUS, ACCESS_DENIED)
			.withChange(null, values("method", method, "path", printable(shown, MAX_PATH), "address", address)));
	}

	private void append(AuditRecord record) {
		try {
			this.transactions.executeWithoutResult((status) -> this.trail.record(record));
		}
		catch (RuntimeException ex) {
			// the request goes on; a missing entry is logged loudly rather than failing
			// it
			log.error("Could not append {} for {} to the audit trail", record.action(), record.actor(), ex);
		}
	}

	private static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return values;
	}

	private static String actor(String username) {
		return printable(username, AuditRecord.MAX_ACTOR);
	}

	/**
	 * A username typed by anyone, fit for the trail: no control characters, no lone
	 * surrogates, at most 64 characters.
	 */
	static String printable(String text) {
		return printable(text, AuditRecord.MAX_SUBJECT_ID);
	}

	private static String printable(String text, int max) {
		if (text == null || text.isBlank()) {
			return "-";
		}
		StringBuilder clean = new StringBuilder();
		int count = 0;
		for (int i = 0; i < text.length() && count < max;) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			boolean loneSurrogate = Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF;
			clean.appendCodePoint((Character.isISOControl(codePoint) || loneSurrogate) ? '\uFFFD' : codePoint);
			count++;
		}
		return clean.toString();
	}

}
