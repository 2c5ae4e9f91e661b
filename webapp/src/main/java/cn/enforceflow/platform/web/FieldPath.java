package cn.enforceflow.platform.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Where in a request body a value could not be read ({@code items[0].accepted}), and what
 * kind of problem it was, for the field-level error of the API's problem.
 */
final class FieldPath {

	private FieldPath() {
	}

	static String of(List<Reference> path) {
		StringBuilder field = new StringBuilder();
		for (Reference reference : path) {
			if (reference.getFieldName() != null) {
				if (field.length() > 0) {
					field.append('.');
				}
				field.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/**
	 * {@code nullItem}, {@code text}, {@code boolean}, {@code integer}, {@code number},
	 * {@code date}, {@code option}, {@code list}, {@code object} or {@code value}: the
	 * key under {@code problem.field.} of the message.
	 */
	static String reasonOf(JsonMappingException ex) {
		if (ex instanceof InvalidNullException) {
			return "nullItem";
		}
		Class<?> target = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		if (target == null) {
			return "value";
		}
		if (ex instanceof InvalidFormatException invalid && target == String.class
				&& invalid.getValue() instanceof String) {
			return "malformedText";
		}
		if (target == String.class) {
			return "text";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "boolean";
		}
		if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
			return "integer";
		}
		if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
			return "number";
		}
		if (target == java.time.LocalDate.class) {
			return "date";
		}
		if (target.isEnum()) {
			return "option";
		}
		if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
			return "list";
		}
		return "object";
	}

}
