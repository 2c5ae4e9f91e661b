package cn.enforceflow.integrations.storage;

import java.util.regex.Pattern;

/**
 * What a key may look like: segments of letters, digits, dots, dashes and underscores
 * separated by single slashes, e.g. {@code attachments/2026/11/6f1c...}. No segment
 * starts with a dot (so none is {@code .} or {@code ..}, and the store may keep its own
 * work under such names), nothing starts or ends with a slash: a key can never name a
 * place outside the store, on a filesystem or in a bucket.
 */
public final class StorageKeys {

	/** Longer keys are refused; S3 allows 1024 bytes. */
	public static final int MAX_LENGTH = 512;

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

	private StorageKeys() {
	}

	/**
	 * @return the key
	 * @throws IllegalArgumentException when it breaks a rule
	 */
	public static String requireValid(String key) {
		if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Not a storage key: " + abbreviate(key));
		}
		for (String segment : key.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				throw new IllegalArgumentException("Not a storage key: " + abbreviate(key));
			}
		}
		return key;
	}

	private static String abbreviate(String key) {
		if (key == null) {
			return "null";
		}
		return (key.length() <= 80) ? key : key.substring(0, 80) + "...";
	}

}
