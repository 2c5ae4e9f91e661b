package cn.enforceflow.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV as departments and administrators keep it: one physical line is one record
 * (CRLF, LF or CR), fields may be quoted with doubled quotes inside, an optional UTF-8
 * byte order mark. No field spans lines, so every problem can be reported with its line
 * number.
 */
public final class Csv {

	private Csv() {
	}

	/** Rows keyed by the header, blank lines skipped. */
	public static List<Map<String, String>> read(InputStream in) {
		try {
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows keyed by the header, blank lines skipped. */
	public static List<Map<String, String>> read(String text) {
		List<String> lines = lines(text);
		if (lines.isEmpty()) {
			return List.of();
		}
		List<String> header = fields(lines.get(0)).stream().map(String::strip).toList();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> fields = fields(lines.get(i));
			if (fields.size() != header.size()) {
				throw new IllegalArgumentException(
						"CSV line %d has %d fields, the header has %d".formatted(i + 1, fields.size(), header.size()));
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				row.put(header.get(c), fields.get(c));
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The physical lines of a text, without a leading byte order mark; line n is at index
	 * n - 1.
	 */
	public static List<String> lines(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = new ArrayList<>(List.of(body.split("\r\n|\n|\r", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	/**
	 * The fields of one line.
	 * @throws IllegalArgumentException when a quoted field is not closed on the line
	 */
	public static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(ch);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("a quoted field is not closed on this line");
		}
		fields.add(field.toString());
		return fields;
	}

}
