package cn.enforceflow.invitation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 受理编号 — the number an enterprise gets the moment it submits an invitation, e.g.
 * {@code YY-2026-000123}: YY (邀约), the year, and the year's running number. It is the
 * business key of the case in the engine.
 */
public record TrackingNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("YY-\\d{4}-\\d{6}");

	/** The counter the numbers are taken from, per year. */
	public static final String SEQUENCE = "invitation";

	public TrackingNumber {
		Objects.requireNonNull(value, "value");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a tracking number: " + value);
		}
	}

	public static TrackingNumber of(int year, long number) {
		return new TrackingNumber(String.format("YY-%04d-%06d", year, number));
	}

	/** Reads a tracking number as typed; empty when it is not one. */
	public static Optional<TrackingNumber> parse(String text) {
		if (text == null || !FORMAT.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		return Optional.of(new TrackingNumber(text.strip()));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
