package cn.enforceflow.taskform;

import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One option of a select, radio or user field: the value submitted and the label shown,
 * either a message (read in the reader's language) or a text as stored (a person's name).
 */
public record FormOption(String value, MessageSourceResolvable label) {

	public FormOption {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(label, "label");
	}

	/** An option labelled by a message key and its arguments. */
	public static FormOption ofMessage(String value, String labelKey, Object... arguments) {
		return new FormOption(value, new DefaultMessageSourceResolvable(new String[] { labelKey }, arguments));
	}

	/** An option labelled by a text shown as it is. */
	public static FormOption ofText(String value, String text) {
		return new FormOption(value, new DefaultMessageSourceResolvable(null, null, text));
	}

}
