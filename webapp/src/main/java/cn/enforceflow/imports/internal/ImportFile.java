package cn.enforceflow.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.imports.ImportColumn;
import cn.enforceflow.imports.ImportError;
import cn.enforceflow.imports.ImportRow;
import cn.enforceflow.imports.ImportTarget;
import cn.enforceflow.imports.RowErrors;
import cn.enforceflow.imports.UploadedFile;
import cn.enforceflow.imports.internal.SpreadsheetReader.RawRow;

/**
 * A file read against a target's columns: the header row (the first row that is not
 * blank) matched to the columns, then the data rows, with what is wrong with the file as
 * a whole or with a row's cells before the target sees them.
 */
final class ImportFile {

	final List<ImportError> errors;

	final List<ImportRow> rows;

	/** The header of each column key as the file writes it. */
	final Map<String, String> headers;

	/** The rows' own problems (formulas, line breaks, unclosed quotes), by row number. */
	final Map<Integer, List<ImportError>> rowErrors;

	private ImportFile(List<ImportError> errors, List<ImportRow> rows, Map<String, String> headers,
			Map<Integer, List<ImportError>> rowErrors) {
		this.errors = errors;
		this.rows = rows;
		this.headers = headers;
		this.rowErrors = rowErrors;
	}

	static ImportFile read(ImportTarget<?> target, UploadedFile file) {
		SpreadsheetReader.Read read = SpreadsheetReader.read(file);
		if (read.failure() != null) {
			return failed(read.failure());
		}
		List<RawRow> raw = read.rows().stream().filter((row) -> !row.isBlank()).toList();
		if (raw.isEmpty()) {
			return failed(ImportError.ofFile("import.file.noRows", file.filename()));
		}
		RawRow header = raw.get(0);
		if (header.problem() != null) {
			return failed(new ImportError(header.number(), null, header.problem(), List.of()));
		}
		List<ImportError> errors = new ArrayList<>();
		Map<Integer, ImportColumn> byIndex = new HashMap<>();
		Map<String, String> headers = new LinkedHashMap<>();
		for (int c = 0; c < header.cells().size(); c++) {
			String name = header.cell(c);
			if (name.isBlank()) {
				continue;
			}
			String text = name.startsWith("\uFEFF") ? name.substring(1) : name;
			ImportColumn column = target.columns().stream().filter((col) -> col.matches(text)).findFirst().orElse(null);
			if (column == null) {
				errors.add(new ImportError(header.number(), text, "import.header.unknown",
						List.of(text, expected(target))));
			}
			else if (headers.containsKey(column.key())) {
				errors.add(new ImportError(header.number(), text, "import.header.duplicate",
						List.of(text, headers.get(column.key()))));
			}
			else {
				byIndex.put(c, column);
				headers.put(column.key(), text);
			}
		}
		for (ImportColumn column : target.columns()) {
			if (column.required() && !headers.containsKey(column.key())) {
				errors.add(new ImportError(header.number(), column.header(), "import.header.missing",
						List.of(column.header())));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportFile(errors, List.of(), headers, Map.of());
		}
		target.columns().forEach((column) -> headers.putIfAbsent(column.key(), column.header()));
		List<ImportRow> rows = new ArrayList<>();
		Map<Integer, List<ImportError>> rowErrors = new HashMap<>();
		for (RawRow row : raw.subList(1, raw.size())) {
			RowErrors problems = new RowErrors(row.number(), headers);
			Map<String, String> cells = new HashMap<>();
			if (row.problem() != null) {
				rowErrors.put(row.number(), List.of(new ImportError(row.number(), null, row.problem(), List.of())));
				rows.add(new ImportRow(row.number(), cells));
				continue;
			}
			for (int c = 0; c < row.cells().size(); c++) {
				ImportColumn column = byIndex.get(c);
				String value = row.cell(c);
				if (column == null) {
					if (!value.isBlank()) {
						problems.reject("#" + (c + 1), "import.cell.noColumn", value);
					}
					continue;
				}
				if (row.formulas().contains(c)) {
					problems.reject(column.key(), "import.cell.formula");
				}
				else if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
					problems.reject(column.key(), "import.cell.lineBreak");
				}
				else {
					cells.put(column.key(), value);
				}
			}
			if (!problems.isEmpty()) {
				rowErrors.put(row.number(), problems.errors());
			}
			rows.add(new ImportRow(row.number(), cells));
		}
		if (rows.isEmpty()) {
			return failed(ImportError.ofFile("import.file.noRows", file.filename()));
		}
		return new ImportFile(List.of(), rows, headers, rowErrors);
	}

	private static String expected(ImportTarget<?> target) {
		return String.join("、", target.columns().stream().map(ImportColumn::header).toList());
	}

	private static ImportFile failed(ImportError error) {
		return new ImportFile(List.of(error), List.of(), Map.of(), Map.of());
	}

}
