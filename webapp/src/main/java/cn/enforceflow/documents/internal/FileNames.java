package cn.enforceflow.documents.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a sender's file name safe to show and to offer for download: no path (neither
 * {@code /} nor {@code \}), no control or invisible formatting characters (such as the
 * right-to-left override that makes {@code gpj.exe} read as {@code exe.jpg}), none of the
 * characters Windows reserves, no leading or trailing dots and blanks, no device names,
 * at most {@value #MAX_LENGTH} characters with the extension kept. Chinese and other
 * letters stay as they were. The name is only ever shown: files are stored under keys of
 * the application's own.
 */
final class FileNames {

	static final int MAX_LENGTH = 100;

	/** The name given to a file whose name leaves nothing. */
	static final String UNNAMED = "附件";

	private static final String RESERVED = "<>:\"/\\|?*";

	private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
			"COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
			"LPT9");

	private FileNames() {
	}

	static String sanitise(String raw) {
		if (raw == null) {
			return UNNAMED;
		}
		String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder safe = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				safe.append(' ');
			}
			else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
				// dropped
			}
			else if (RESERVED.indexOf(c) >= 0) {
				safe.append('_');
			}
			else {
				safe.appendCodePoint(c);
			}
		});
		String cleaned = safe.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
		if (cleaned.isEmpty()) {
			return UNNAMED;
		}
		int dot = cleaned.indexOf('.');
		String stem = (dot < 0) ? cleaned : cleaned.substring(0, dot);
		if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
			cleaned = "_" + cleaned;
		}
		return shorten(cleaned);
	}

	/**
	 * The name with the extension the file's type calls for, when it has none of them.
	 */
	static String withExtension(String name, AllowedType type) {
		String extension = extension(name);
		if (extension != null && type.extensions().contains(extension.toLowerCase(Locale.ROOT))) {
			return name;
		}
		return shorten(name + "." + type.extensions().get(0));
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0 && dot < name.length() - 1) ? name.substring(dot + 1) : null;
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = (extension != null && extension.length() <= 10) ? "." + extension : "";
		String stem = name.substring(0, name.length() - suffix.length());
		int keep = MAX_LENGTH - suffix.length();
		return stem.substring(0, stem.offsetByCodePoints(0, keep)) + suffix;
	}

}
