package cn.enforceflow.imports;

import java.util.Map;

/**
 * One data row of a file, its cells by column key, trimmed (empty when the file leaves
 * the column out), with its number as the user sees it in the spreadsheet (the header is
 * row 1).
 */
public record ImportRow(int number, Map<String, String> cells) {

	public ImportRow {
		cells = Map.copyOf(cells);
	}

	public String get(String key) {
		return this.cells.getOrDefault(key, "");
	}

}
