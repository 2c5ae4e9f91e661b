package cn.enforceflow.inbox.web;

import java.util.Optional;
import java.util.OptionalInt;

import cn.enforceflow.inbox.InboxQuery;
import cn.enforceflow.inbox.InboxView;
import cn.enforceflow.platform.BusinessRuleException;

/**
 * Reads the inbox's query parameters as people and clients type them, the same for the
 * page and the API. Anything unusable is a 400 with a message saying what is expected.
 */
final class InboxParameters {

	/** The longest process key accepted as a filter. */
	private static final int MAX_PROCESS_KEY = 255;

	private InboxParameters() {
	}

	static InboxView view(String value) {
		if (value == null || value.isBlank()) {
			return InboxView.TODO;
		}
		return InboxView.fromParameter(value.strip())
			.orElseThrow(() -> new BusinessRuleException("inbox.parameter.view", value));
	}

	static InboxQuery query(String process, String overdue, String dueWithin, String sort, String page, String size) {
		return new InboxQuery(process(process), flag("overdue", overdue), dueWithin(dueWithin), sort(sort),
				number("page", page, 0, 0, Integer.MAX_VALUE / InboxQuery.MAX_SIZE),
				number("size", size, InboxQuery.DEFAULT_SIZE, 1, InboxQuery.MAX_SIZE));
	}

	private static Optional<String> process(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String key = value.strip();
		if (key.length() > MAX_PROCESS_KEY) {
			throw new BusinessRuleException("inbox.parameter.process", key.substring(0, 40));
		}
		return Optional.of(key);
	}

	private static boolean flag(String name, String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		return switch (value.strip()) {
			case "true", "1", "on" -> true;
			case "false", "0", "off" -> false;
			default -> throw new BusinessRuleException("inbox.parameter.flag", name, value);
		};
	}

	private static OptionalInt dueWithin(String value) {
		if (value == null || value.isBlank()) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(number("dueWithin", value, 0, 0, InboxQuery.MAX_DUE_WITHIN));
	}

	private static InboxQuery.Sort sort(String value) {
		if (value == null || value.isBlank()) {
			return InboxQuery.Sort.DUE;
		}
		return switch (value.strip()) {
			case "due" -> InboxQuery.Sort.DUE;
			case "created" -> InboxQuery.Sort.CREATED;
			default -> throw new BusinessRuleException("inbox.parameter.sort", value);
		};
	}

	private static int number(String name, String value, int absent, int min, int max) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BusinessRuleException("inbox.parameter.range", name, value, String.valueOf(min), String.valueOf(max));
	}

}
