package cn.enforceflow.taskform;

import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One row of a rows field, e.g. an inspection item of the case: its key (part of the
 * parameter names, so stable and unique within the field), its label and an optional line
 * of detail (what the officer found, the deadline).
 */
public record FormRow(String key, MessageSourceResolvable label, MessageSourceResolvable detail) {

	public FormRow {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		if (key.isBlank()) {
			throw new IllegalArgumentException("a row key is blank");
		}
	}

	/** A row labelled by a text shown as it is. */
	public static FormRow of(String key, String label) {
		return new FormRow(key, text(label), null);
	}

	/** A row labelled by a text, with a line of detail; both are shown as they are. */
	public static FormRow of(String key, String label, String detail) {
		return new FormRow(key, text(label), (detail != null) ? text(detail) : null);
	}

	private static MessageSourceResolvable text(String text) {
		return new DefaultMessageSourceResolvable(null, null, Objects.requireNonNull(text, "text"));
	}

}
