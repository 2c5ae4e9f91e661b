package cn.enforceflow.taskform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed values of a valid submission, by field name: {@code String} (text, textarea,
 * select, radio, user), {@code BigDecimal} (number), {@code Integer} (integer),
 * {@code LocalDate} (date), {@code Boolean} (checkbox) and, for a rows field, a map from
 * row key to that row's values, in the order of the rows.
 * <p>
 * A field left empty, or whose answer ({@code requiredWhen}, {@code shownWhen}) was not
 * given, has no value. The accessors without {@code optional} are for required fields:
 * they fail (a programming error) when there is no value.
 */
public record FormValues(Map<String, Object> values) {

	public FormValues {
		Map<String, Object> copy = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			Objects.requireNonNull(value, name);
			copy.put(name,
					(value instanceof Map<?, ?> rows) ? Collections.unmodifiableMap(new LinkedHashMap<>(rows)) : value);
		});
		values = Collections.unmodifiableMap(copy);
	}

	public static FormValues of(Map<String, ?> values) {
		return new FormValues(new LinkedHashMap<>(values));
	}

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	public String string(String name) {
		return required(name, optionalString(name));
	}

	public Optional<String> optionalString(String name) {
		return optional(name, String.class);
	}

	public LocalDate date(String name) {
		return required(name, optionalDate(name));
	}

	public Optional<LocalDate> optionalDate(String name) {
		return optional(name, LocalDate.class);
	}

	public int integer(String name) {
		return required(name, optionalInteger(name));
	}

	public Optional<Integer> optionalInteger(String name) {
		return optional(name, Integer.class);
	}

	public BigDecimal number(String name) {
		return required(name, optionalNumber(name));
	}

	public Optional<BigDecimal> optionalNumber(String name) {
		return optional(name, BigDecimal.class);
	}

	/**
	 * A checkbox, or a radio or select whose options are {@code true} and {@code false}.
	 */
	public boolean bool(String name) {
		return required(name, optionalBool(name));
	}

	public Optional<Boolean> optionalBool(String name) {
		Object value = this.values.get(name);
		if (value == null || value instanceof Boolean) {
			return Optional.ofNullable((Boolean) value);
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Optional.of(Boolean.valueOf((String) value));
		}
		throw new IllegalStateException("form value '" + name + "' is not true or false: " + value);
	}

	/** The rows of a rows field by row key, in the order of the rows; empty if none. */
	@SuppressWarnings("unchecked")
	public Map<String, FormValues> rows(String name) {
		Object value = this.values.get(name);
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalStateException("form value '" + name + "' is not a rows field");
		}
		return (Map<String, FormValues>) value;
	}

	private <T> Optional<T> optional(String name, Class<T> type) {
		Object value = this.values.get(name);
		if (value != null && !type.isInstance(value)) {
			throw new IllegalStateException("form value '" + name + "' is a " + value.getClass().getSimpleName()
					+ ", not a " + type.getSimpleName());
		}
		return Optional.ofNullable(type.cast(value));
	}

	private static <T> T required(String name, Optional<T> value) {
		return value.orElseThrow(() -> new IllegalStateException("form value '" + name + "' is absent"));
	}

}
