package cn.enforceflow.calendar.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.CalendarFileException;
import cn.enforceflow.calendar.CalendarFileException.Problem;
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
 * Reads a calendar file: CSV (UTF-8, or GB18030 as Excel saves it on Chinese Windows) or
 * the first sheet of an Excel .xlsx workbook, a header row {@code date,kind,name}, then
 * one day per row. Every row is checked and every problem reported with its line, so that
 * an administrator fixes the file in one go.
 */
final class CalendarFileReader {

	private static final List<String> HEADER = List.of("date", "kind", "name");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Charset GB18030 = Charset.forName("GB18030");

	private CalendarFileReader() {
	}

	/**
	 * The days of one year from an uploaded file.
	 * @throws CalendarFileException listing every problem
	 */
	static List<CalendarDay> read(int year, String filename, byte[] content) {
		String name = (filename != null) ? filename.toLowerCase(Locale.ROOT) : "";
		List<CellRow> rows;
		if (name.endsWith(".csv")) {
			rows = csvRows(content);
		}
		else if (name.endsWith(".xlsx")) {
			rows = xlsxRows(content);
		}
		else {
			throw new CalendarFileException(
					Problem.ofFile("calendar.import.unsupportedType", (filename != null) ? filename : ""));
		}
		return days(year, rows);
	}

	/** Every year of a CSV file that may hold several, such as the reference data. */
	static Map<Integer, List<CalendarDay>> readYears(byte[] content) {
		Map<Integer, List<CalendarDay>> years = new TreeMap<>();
		for (CalendarDay day : days(null, csvRows(content))) {
			years.computeIfAbsent(day.date().getYear(), (year) -> new ArrayList<>()).add(day);
		}
		return years;
	}

	private static List<CalendarDay> days(Integer year, List<CellRow> rows) {
		List<Problem> problems = new ArrayList<>();
		List<CalendarDay> days = new ArrayList<>();
		Map<LocalDate, Integer> lines = new HashMap<>();
		boolean header = true;
		for (CellRow row : rows) {
			if (row.problem() != null) {
				problems.add(row.problem());
				header = false;
				continue;
			}
			if (row.isBlank()) {
				continue;
			}
			if (header) {
				header = false;
				if (!row.isHeader()) {
					problems.add(Problem.onLine(row.line(), "calendar.import.header", String.join(",", row.cells())));
				}
				continue;
			}
			CalendarDay day = day(year, row, problems);
			if (day != null) {
				Integer earlier = lines.putIfAbsent(day.date(), row.line());
				if (earlier != null) {
					problems.add(Problem.onLine(row.line(), "calendar.import.duplicate", day.date().toString(),
							earlier.toString()));
				}
				else {
					days.add(day);
				}
			}
		}
		if (problems.isEmpty() && days.isEmpty()) {
			problems.add(Problem.ofFile("calendar.import.noDays"));
		}
		if (!problems.isEmpty()) {
			throw new CalendarFileException(problems);
		}
		return days;
	}

	/** One row as a day, or null after adding what is wrong with it to the problems. */
	private static CalendarDay day(Integer year, CellRow row, List<Problem> problems) {
		int before = problems.size();
		List<String> cells = row.cells();
		int used = cells.size();
		while (used > 0 && cells.get(used - 1).isBlank()) {
			used--;
		}
		if (used < 2 || used > 3) {
			problems.add(Problem.onLine(row.line(), "calendar.import.columns", String.valueOf(used)));
			return null;
		}
		String dateText = cells.get(0);
		String kindText = cells.get(1);
		String name = (used > 2) ? cells.get(2) : "";
		LocalDate date = date(dateText);
		if (date == null) {
			problems.add(Problem.onLine(row.line(), "calendar.import.date", dateText));
		}
		else if (year != null && date.getYear() != year) {
			problems.add(Problem.onLine(row.line(), "calendar.import.otherYear", dateText, year.toString()));
		}
		CalendarDay.Kind kind = kind(kindText);
		if (kind == null) {
			problems.add(Problem.onLine(row.line(), "calendar.import.kind", kindText));
		}
		else if (kind == CalendarDay.Kind.WORKDAY && date != null && !CalendarDay.isWeekend(date)) {
			problems.add(Problem.onLine(row.line(), "calendar.import.workdayOnWeekday", dateText));
		}
		if (name.length() > CalendarDay.MAX_NAME_LENGTH) {
			problems.add(Problem.onLine(row.line(), "calendar.import.nameTooLong",
					String.valueOf(CalendarDay.MAX_NAME_LENGTH)));
		}
		return (problems.size() == before) ? new CalendarDay(date, kind, name) : null;
	}

	private static LocalDate date(String text) {
		if (!ISO_DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static CalendarDay.Kind kind(String text) {
		for (CalendarDay.Kind kind : CalendarDay.Kind.values()) {
			if (kind.name().equalsIgnoreCase(text)) {
				return kind;
			}
		}
		return null;
	}

	private static List<CellRow> csvRows(byte[] content) {
		List<String> lines = Csv.lines(decode(content));
		List<CellRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			int line = i + 1;
			try {
				rows.add(new CellRow(line, Csv.fields(lines.get(i)).stream().map(String::strip).toList(), null));
			}
			catch (IllegalArgumentException ex) {
				rows.add(new CellRow(line, List.of(), Problem.onLine(line, "calendar.import.quote")));
			}
		}
		return rows;
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

	private static List<CellRow> xlsxRows(byte[] content) {
		List<CellRow> rows = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					cells.add(text(row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL), formatter));
				}
				rows.add(new CellRow(row.getRowNum() + 1, cells, null));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// not a workbook, an encrypted one, an old .xls renamed, a zip bomb
			throw new CalendarFileException(Problem.ofFile("calendar.import.unreadableExcel"));
		}
	}

	/** A date typed into Excel becomes a number formatted as a date; it reads as ISO. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	private record CellRow(int line, List<String> cells, Problem problem) {

		boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

		boolean isHeader() {
			List<String> names = this.cells.stream()
				.map((cell) -> cell.strip().toLowerCase(Locale.ROOT))
				.filter((cell) -> !cell.isEmpty())
				.toList();
			return names.equals(HEADER);
		}

	}

}
