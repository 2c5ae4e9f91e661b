package cn.enforceflow.taskform;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kinds of field a task form may hold, written in lower case in the schemas.
 */
public enum FieldType {

	/** One line of text, optionally checked against a pattern. */
	@JsonProperty("text")
	TEXT,

	/** Several lines of text. */
	@JsonProperty("textarea")
	TEXTAREA,

	/** A decimal number. */
	@JsonProperty("number")
	NUMBER,

	/** A whole number. */
	@JsonProperty("integer")
	INTEGER,

	/** A calendar day (Beijing time). */
	@JsonProperty("date")
	DATE,

	/** One of a list, as a drop-down. */
	@JsonProperty("select")
	SELECT,

	/** One of a few, all visible (yes/no questions). */
	@JsonProperty("radio")
	RADIO,

	/** A box ticked or not; always has a value. */
	@JsonProperty("checkbox")
	CHECKBOX,

	/** A person, chosen from a named source; the value is the username. */
	@JsonProperty("user")
	USER,

	/** The same fields once per row of a named row source. */
	@JsonProperty("rows")
	ROWS;

	/** The name used in schemas, pages and style sheets. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the value must be one of the field's options. */
	public boolean isChoice() {
		return this == SELECT || this == RADIO || this == USER;
	}

}
