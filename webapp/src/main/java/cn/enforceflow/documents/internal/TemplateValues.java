package cn.enforceflow.documents.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.documents.DocumentBody;

/**
 * Turns a document's content into what a template reads: records become maps of their
 * components (and of derived lists such as an inspection's hazards), dates become
 * 2026年11月30日, severities 一般 or 重大. Templates then need no Java and no formatting of
 * their own: {@code ${finding.deadline}}.
 */
final class TemplateValues {

	/** Dates as official documents print them (GB/T 9704-2012: Arabic numerals). */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

	private TemplateValues() {
	}

	static Map<String, Object> of(DocumentBody body) {
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) value(body);
		if (body instanceof DocumentBody.InspectionRecord record) {
			values.put("hazards", value(record.hazards()));
		}
		return values;
	}

	static Object value(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof DocumentBody.Severity severity) {
			return severity.label();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Optional<?> optional) {
			return optional.map(TemplateValues::value).orElse(null);
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = new ArrayList<>(collection.size());
			collection.forEach((element) -> list.add(value(element)));
			return list;
		}
		if (value instanceof Record record) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object componentValue = value(read(record, component));
				if (componentValue != null) {
					map.put(component.getName(), componentValue);
				}
			}
			return map;
		}
		return value;
	}

	private static Object read(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), ex);
		}
	}

}
