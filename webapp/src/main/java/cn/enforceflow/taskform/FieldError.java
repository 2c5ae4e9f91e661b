package cn.enforceflow.taskform;

import java.time.LocalDate;
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
	 * The arguments as they are: the application's message source writes a
	 * {@link LocalDate} as the reader does (2026年11月23日, November 23, 2026).
	 */
	@Override
	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return this.code;
	}

}
