package cn.enforceflow.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.enforceflow.audit.AuditEntry;

/**
 * The hash of an audit entry: SHA-256, lower-case hex, over the entry's canonical form.
 * <p>
 * The canonical form is the eleven fields in a fixed order — previous hash, seq, recorded
 * at (epoch seconds), actor, action, case key, subject type, subject id, before, after,
 * detail — each written as its length in UTF-8 bytes, a colon and the bytes, or as a
 * single {@code -} when null. Numbers are written in decimal. The lengths make the form
 * unambiguous: no choice of field values can make two different entries read alike.
 * <p>
 * Changing this form makes every stored hash wrong; {@code AuditHashTests} holds it to a
 * fixed example.
 */
final class AuditHash {

	/** The previous hash of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	/** The hash the entry should carry; the entry's own {@code hash} is not read. */
	static String of(AuditEntry entry) {
		return HexFormat.of().formatHex(sha256(canonicalForm(entry)));
	}

	static byte[] canonicalForm(AuditEntry entry) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		field(out, entry.previousHash());
		field(out, Long.toString(entry.seq()));
		field(out, Long.toString(entry.recordedAt().getEpochSecond()));
		field(out, entry.actor());
		field(out, entry.action());
		field(out, entry.caseKey());
		field(out, entry.subjectType());
		field(out, entry.subjectId());
		field(out, entry.before());
		field(out, entry.after());
		field(out, entry.detail());
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			out.write('-');
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
		out.write(':');
		out.writeBytes(bytes);
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
