package cn.enforceflow.organization;

import java.util.Objects;

/**
 * 统一社会信用代码 — the 18-character unified social credit code of an organisation (GB
 * 32100-2015), with its check character verified.
 */
public record CreditCode(String value) {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		Objects.requireNonNull(value, "value");
		if (!isValid(value)) {
			throw new InvalidCreditCodeException(value);
		}
	}

	/**
	 * Parses a code as people type it: surrounding blanks removed, lower case accepted.
	 */
	public static CreditCode parse(String text) {
		if (text == null) {
			throw new InvalidCreditCodeException("");
		}
		return new CreditCode(text.strip().toUpperCase());
	}

	public static boolean isValid(String value) {
		if (value == null || value.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = CHARSET.indexOf(value.charAt(i));
			if (digit < 0) {
				return false;
			}
			sum += digit * WEIGHTS[i];
		}
		for (int i = 2; i < 8; i++) {
			// positions 3 to 8 are the administrative division code: digits only
			if (!Character.isDigit(value.charAt(i))) {
				return false;
			}
		}
		return value.charAt(17) == checkCharacter(sum);
	}

	/**
	 * The check character for the first 17 characters of a code.
	 */
	public static char checkCharacterOf(String first17) {
		if (first17 == null || first17.length() != 17) {
			throw new IllegalArgumentException("17 characters expected");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = CHARSET.indexOf(first17.charAt(i));
			if (digit < 0) {
				throw new IllegalArgumentException("character not allowed: " + first17.charAt(i));
			}
			sum += digit * WEIGHTS[i];
		}
		return checkCharacter(sum);
	}

	private static char checkCharacter(int weightedSum) {
		return CHARSET.charAt((31 - weightedSum % 31) % 31);
	}

	/** The six-digit administrative division code (登记管理机关行政区划码). */
	public String divisionCode() {
		return this.value.substring(2, 8);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
