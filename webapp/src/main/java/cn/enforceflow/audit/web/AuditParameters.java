package cn.enforceflow.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.enforceflow.audit.AuditActionGroup;
import cn.enforceflow.audit.AuditCategory;
import cn.enforceflow.audit.AuditFilter;
import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditSearch;
import cn.enforceflow.platform.BusinessRuleException;

/**
 * Reads the trail's query parameters as administrators and clients type them, the same
 * for the page and the API. Anything unusable is a 400 whose message says what is
 * expected; nothing reaches the database that it could choke on.
 */
final class AuditParameters {

	static final int DEFAULT_SIZE = 20;

	/** Years a period may name; beyond them a date is a typing mistake. */
	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2199;

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private AuditParameters() {
	}

	/** The filter of the parameters; no category unless asked for. */
	static AuditFilter filter(String caseKey, String actor, String from, String to, String kind, String category) {
		LocalDate start = date("from", from);
		LocalDate end = date("to", to);
		if (start != null && end != null && start.isAfter(end)) {
			throw new BusinessRuleException("audit.query.period", start.toString(), end.toString());
		}
		return new AuditFilter(text("case", caseKey, AuditRecord.MAX_CASE_KEY),
				text("actor", actor, AuditRecord.MAX_ACTOR), start, end, kind(kind), category(category));
	}

	static AuditCategory category(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return AuditCategory.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("audit.query.category", abbreviate(value));
		}
	}

	static int page(String value) {
		return number("page", value, 0, 0, Integer.MAX_VALUE / AuditSearch.MAX_SIZE);
	}

	static int size(String value) {
		return number("size", value, DEFAULT_SIZE, 1, AuditSearch.MAX_SIZE);
	}

	/** A catalogued action code, or null. */
	private static String kind(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.strip();
		if (AuditActionGroup.of(code).isEmpty()) {
			throw new BusinessRuleException("audit.query.kind", abbreviate(code));
		}
		return code;
	}

	private static String text(String name, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > max) {
			throw new BusinessRuleException("audit.query.tooLong", name, String.valueOf(max));
		}
		return text;
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date = null;
		if (ISO_DATE.matcher(value.strip()).matches()) {
			try {
				date = LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		if (date == null) {
			throw new BusinessRuleException("audit.query.date", name, abbreviate(value));
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new BusinessRuleException("audit.query.dateOutOfRange", name, date.toString(),
					String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
		return date;
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
		throw new BusinessRuleException("audit.query.range", name, abbreviate(value), String.valueOf(min),
				String.valueOf(max));
	}

	/** A typed value quoted back, short enough for a message. */
	private static String abbreviate(String value) {
		String text = value.strip();
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}

}
