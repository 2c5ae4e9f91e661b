package cn.enforceflow.imports.internal;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.enforceflow.imports.ExportFormat;
import cn.enforceflow.imports.ImportError;
import cn.enforceflow.imports.UploadedFile;
import cn.enforceflow.platform.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an uploaded file as text cells: CSV (UTF-8 with or without a byte
 * order mark, or GB18030 as Excel saves it on Chinese Windows) or the first sheet of an
 * .xlsx workbook. A formula is never evaluated: its cell is reported, so that what is
 * imported is what the administrator sees.
 */
final class SpreadsheetReader {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** More rows than any catalog has; a file beyond this is a mistake. */
	static final int MAX_ROWS = 20_000;

	/** Columns read from a row; the catalogs have about ten. */
	private static final int MAX_COLUMNS = 64;

	private SpreadsheetReader() {
	}

	/** The physical rows of a file, or the reason it cannot be read. */
	static Read read(UploadedFile file) {
		Optional<ExportFormat> format = ExportFormat.ofFilename(file.filename());
		if (format.isEmpty()) {
			return Read.failed(ImportError.ofFile("import.file.unsupportedType", file.filename()));
		}
		if (file.content().length == 0) {
			return Read.failed(ImportError.ofFile("import.file.empty", file.filename()));
		}
		return (format.get() == ExportFormat.CSV) ? csv(file.content()) : xlsx(file.content());
	}

	private static Read csv(byte[] content) {
		List<String> lines = Csv.lines(decode(content));
		if (lines.size() > MAX_ROWS + 1) {
			return Read.failed(ImportError.ofFile("import.file.tooManyRows", String.valueOf(MAX_ROWS)));
		}
		List<RawRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			try {
				rows.add(new RawRow(i + 1, Csv.fields(lines.get(i)).stream().map(String::strip).toList(), List.of()));
			}
			catch (IllegalArgumentException ex) {
				rows.add(new RawRow(i + 1, List.of(), List.of(), "import.row.unclosedQuote"));
			}
		}
		return Read.of(rows);
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, GB18030);
		}
	}

	private static Read xlsx(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return Read.of(List.of());
			}
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				return Read.failed(ImportError.ofFile("import.file.tooManyRows", String.valueOf(MAX_ROWS)));
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<RawRow> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				List<Integer> formulas = new ArrayList<>();
				int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
				for (int c = 0; c < last; c++) {
					Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
					if (cell != null && cell.getCellType() == CellType.FORMULA) {
						formulas.add(c);
						cells.add("");
					}
					else {
						cells.add(text(cell, formatter));
					}
				}
				rows.add(new RawRow(row.getRowNum() + 1, cells, formulas));
			}
			return Read.of(rows);
		}
		catch (Exception | OutOfMemoryError ex) {
			// not a workbook, an encrypted one, an old .xls renamed, a zip bomb
			return Read.failed(ImportError.ofFile("import.file.unreadableExcel"));
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	/**
	 * A physical row: its number in the file (1 is the first line), its cells, the
	 * indexes of the cells that hold formulas, or the reason it could not be read.
	 */
	record RawRow(int number, List<String> cells, List<Integer> formulas, String problem) {

		RawRow(int number, List<String> cells, List<Integer> formulas) {
			this(number, cells, formulas, null);
		}

		boolean isBlank() {
			return this.problem == null && this.formulas.isEmpty() && this.cells.stream().allMatch(String::isBlank);
		}

		String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

	/** The rows of a file, or why it cannot be read at all. */
	record Read(List<RawRow> rows, ImportError failure) {

		static Read of(List<RawRow> rows) {
			return new Read(List.copyOf(rows), null);
		}

		static Read failed(ImportError failure) {
			return new Read(List.of(), failure);
		}

	}

}
