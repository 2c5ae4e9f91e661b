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
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, an optional UTF-8 BOM)
 * into rows keyed by the header.
 */
public final class Csv {

	private Csv() {
	}

	public static List<Map<String, String>> read(InputStream in) {
		try {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			return read(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<Map<String, String>> read(String text) {
		List<List<String>> records = parse(text);
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = records.get(0).stream().map(String::strip).toList();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			if (record.size() != header.size()) {
				throw new IllegalArgumentException(
						"CSV line %d has %d fields, the header has %d".formatted(r + 1, record.size(), header.size()));
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				row.put(header.get(c), record.get(c));
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < text.length()) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
				record.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(ch);
			}
			i++;
		}
		if (quoted) {
			throw new IllegalArgumentException("CSV ends inside a quoted field");
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
