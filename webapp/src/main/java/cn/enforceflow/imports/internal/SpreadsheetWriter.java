package cn.enforceflow.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes rows as the {@link SpreadsheetReader} reads them back: CSV in UTF-8 with a byte
 * order mark (so that Excel opens Chinese text right), and .xlsx with text cells, whole
 * numbers as numbers.
 */
final class SpreadsheetWriter {

	/** A whole number Excel may keep as a number: no leading zero to lose. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9]\\d{0,8}");

	private SpreadsheetWriter() {
	}

	static byte[] csv(List<String> headers, List<List<String>> rows) {
		StringBuilder text = new StringBuilder("\uFEFF");
		line(text, headers);
		rows.forEach((row) -> line(text, row));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder text, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			String cell = (cells.get(i) != null) ? cells.get(i) : "";
			if (cell.contains(",") || cell.contains("\"") || !cell.equals(cell.strip())) {
				text.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				text.append(cell);
			}
		}
		text.append("\r\n");
	}

	static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String cell = (cells.get(c) != null) ? cells.get(c) : "";
					if (WHOLE_NUMBER.matcher(cell).matches()) {
						row.createCell(c).setCellValue(Integer.parseInt(cell));
					}
					else if (!cell.isEmpty()) {
						row.createCell(c).setCellValue(cell);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			for (int c = 0; c < headers.size(); c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(8, longest(headers, rows, c) * 2 + 2)) * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int longest(List<String> headers, List<List<String>> rows, int column) {
		int longest = headers.get(column).length();
		for (List<String> row : rows.subList(0, Math.min(rows.size(), 200))) {
			if (column < row.size() && row.get(column) != null) {
				longest = Math.max(longest, row.get(column).length());
			}
		}
		return longest;
	}

}
