package cn.enforceflow.platform;

/**
 * Free text as people type it: trimmed, and its length counted in characters (code
 * points: 𠮷 and an emoji count one, as MySQL's utf8mb4 columns count them), with the
 * message of the rule broken.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The trimmed text, which must be there and be at most {@code max} characters.
	 * @param key the message key: {@code key.required} and {@code key.tooLong} are used
	 * @param arguments put before the limit in both messages (e.g. the item's name)
	 */
	public static String required(String value, int max, String key, Object... arguments) {
		if (isBlank(value)) {
			throw new BusinessRuleException(key + ".required", arguments);
		}
		String text = value.strip();
		if (length(text) > max) {
			Object[] withLimit = java.util.Arrays.copyOf(arguments, arguments.length + 1);
			withLimit[arguments.length] = String.valueOf(max);
			throw new BusinessRuleException(key + ".tooLong", withLimit);
		}
		return text;
	}

	/** The same, or null when nothing was typed. */
	public static String optional(String value, int max, String key, Object... arguments) {
		return isBlank(value) ? null : required(value, max, key, arguments);
	}

	public static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** The length in characters as people count them. */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
