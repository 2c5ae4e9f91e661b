package cn.enforceflow.documents.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the tables keep it: lower-case hex.
 */
final class Hashing {

	private Hashing() {
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	static String sha256(byte[] bytes) {
		return hex(sha256().digest(bytes));
	}

	static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}

}
