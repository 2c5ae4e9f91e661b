package cn.enforceflow.organization;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short code of a department or other organ, e.g. {@code YJJ} for 应急管理局.
 */
public record DepartmentCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

	public DepartmentCode {
		Objects.requireNonNull(value, "value");
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("not a department code: " + value);
		}
	}

	public static DepartmentCode of(String value) {
		return new DepartmentCode(value);
	}

	/** Reads a code as typed; empty when it is not one. */
	public static Optional<DepartmentCode> parse(String text) {
		return (text != null && FORMAT.matcher(text).matches()) ? Optional.of(new DepartmentCode(text))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
