package cn.enforceflow.exemption;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 案件编号 of a first-violation case, e.g. {@code BF-2026-000012}: BF (不罚), the year, and the
 * year's running number. It is the business key of the case in the engine.
 */
public record CaseNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("BF-\\d{4}-\\d{6}");

	/** The counter the numbers are taken from, per year. */
	public static final String SEQUENCE = "exemption";

	public CaseNumber {
		Objects.requireNonNull(value, "value");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a case number: " + value);
		}
	}

	public static CaseNumber of(int year, long number) {
		return new CaseNumber(String.format("BF-%04d-%06d", year, number));
	}

	/** Reads a case number as typed; empty when it is not one. */
	public static Optional<CaseNumber> parse(String text) {
		if (text == null || !FORMAT.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		return Optional.of(new CaseNumber(text.strip()));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
