package cn.enforceflow.taskform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * What is wrong with one submitted field, as a message key and its arguments (numbers as
 * text, dates as {@link LocalDate}). Pages and the API resolve it in the reader's
 * language.
 *
 * @param field the parameter name, e.g. {@code reason} or
 * {@code findings[ITEM-1].description}
 * @param code the message key, e.g. {@code form.error.required}
 */
public record FieldError(String field, String code, List<Object> arguments) implements MessageSourceResolvable {

	public FieldError {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	public static FieldError of(String field, String code, Object... arguments) {
		return new FieldError(field, code, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	/**
	 * The arguments for {@code MessageFormat}, which formats a {@link Date} in the
	 * reader's locale ({@code {0,date,long}} reads 2026年11月23日) but not a
	 * {@link LocalDate}. Midnight in the JVM's zone is the zone MessageFormat formats in,
	 * so the day never shifts.
	 */
	@Override
	public Object[] getArguments() {
		return this.arguments.stream()
			.map((argument) -> (argument instanceof LocalDate day)
					? Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()) : argument)
			.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return this.code;
	}

}
