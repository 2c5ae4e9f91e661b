package cn.enforceflow.calendar.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.CalendarFileException;
import cn.enforceflow.calendar.CalendarFileException.Problem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CalendarFileReaderTests {

	@Test
	void readsACsvFileOfOneYear() {
		List<CalendarDay> days = CalendarFileReader.read(2027, "2027.csv", utf8("""
				\uFEFFdate,kind,name
				2027-01-01,HOLIDAY,元旦
				"2027-02-06",workday,"春节"

				2027-10-01,HOLIDAY,"国庆节、中秋节"
				"""));

		assertThat(days).containsExactly(new CalendarDay(LocalDate.parse("2027-01-01"), CalendarDay.Kind.HOLIDAY, "元旦"),
				new CalendarDay(LocalDate.parse("2027-02-06"), CalendarDay.Kind.WORKDAY, "春节"),
				new CalendarDay(LocalDate.parse("2027-10-01"), CalendarDay.Kind.HOLIDAY, "国庆节、中秋节"));
	}

	@Test
	void readsACsvFileSavedByExcelOnChineseWindows() {
		byte[] gbk = "date,kind,name\r\n2027-01-01,HOLIDAY,元旦\r\n".getBytes(Charset.forName("GBK"));

		assertThat(CalendarFileReader.read(2027, "节假日.CSV", gbk)).extracting(CalendarDay::name).containsExactly("元旦");
	}

	@Test
	void readsTheFirstSheetOfAnExcelWorkbookWithTypedOrTextDates() throws IOException {
		List<CalendarDay> days = CalendarFileReader.read(2027, "2027.xlsx", workbook());

		assertThat(days).containsExactly(new CalendarDay(LocalDate.parse("2027-01-01"), CalendarDay.Kind.HOLIDAY, "元旦"),
				new CalendarDay(LocalDate.parse("2027-02-06"), CalendarDay.Kind.WORKDAY, "春节"));
	}

	@Test
	void reportsEveryInvalidLineWithItsNumber() {
		CalendarFileException ex = catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileReader.read(2027, "2027.csv", utf8("""
						date,kind,name
						2027-01-01,HOLIDAY,元旦
						2027/02/10,HOLIDAY,春节
						2027-02-30,HOLIDAY,春节
						2026-12-31,HOLIDAY,元旦
						2027-02-11,DAYOFF,春节
						2027-02-10,WORKDAY,春节
						2027-01-02,HOLIDAY,元旦
						2027-01-01,HOLIDAY,元旦
						2027-05-01
						"2027-05-02,HOLIDAY,劳动节
						2027-02-06,WORKDAY,春节
						""")));

		assertThat(ex.problems()).containsExactly(Problem.onLine(3, "calendar.import.date", "2027/02/10"),
				Problem.onLine(4, "calendar.import.date", "2027-02-30"),
				Problem.onLine(5, "calendar.import.otherYear", "2026-12-31", "2027"),
				Problem.onLine(6, "calendar.import.kind", "DAYOFF"),
				Problem.onLine(7, "calendar.import.workdayOnWeekday", "2027-02-10"),
				Problem.onLine(9, "calendar.import.duplicate", "2027-01-01", "2"),
				Problem.onLine(10, "calendar.import.columns", "1"), Problem.onLine(11, "calendar.import.quote"));
		assertThat(ex.messageKey()).isEqualTo("calendar.import.invalid");
	}

	@Test
	void aWeekendHolidayIsValid() {
		assertThat(CalendarFileReader.read(2027, "2027.csv", utf8("date,kind,name\n2027-01-02,HOLIDAY,元旦\n")))
			.hasSize(1);
	}

	@Test
	void needsTheHeaderRow() {
		CalendarFileException ex = catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileReader.read(2027, "2027.csv", utf8("2027-01-01,HOLIDAY,元旦\n")));

		assertThat(ex.problems()).containsExactly(Problem.onLine(1, "calendar.import.header", "2027-01-01,HOLIDAY,元旦"));
	}

	@Test
	void refusesAFileWithoutDays() {
		CalendarFileException ex = catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileReader.read(2027, "2027.csv", utf8("date,kind,name\n")));

		assertThat(ex.problems()).containsExactly(Problem.ofFile("calendar.import.noDays"));
	}

	@Test
	void refusesOtherFileTypesAndBrokenWorkbooks() {
		assertThat(catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileReader.read(2027, "2027.xls", new byte[] { 1, 2, 3 }))
			.problems()).containsExactly(Problem.ofFile("calendar.import.unsupportedType", "2027.xls"));
		assertThat(catchThrowableOfType(CalendarFileException.class,
				() -> CalendarFileReader.read(2027, "2027.xlsx", utf8("date,kind,name\n")))
			.problems()).containsExactly(Problem.ofFile("calendar.import.unreadableExcel"));
	}

	@Test
	void readsEveryYearOfTheReferenceData() throws IOException {
		Map<Integer, List<CalendarDay>> years;
		try (var in = getClass().getResourceAsStream("/" + ReferenceCalendarSeeder.RESOURCE)) {
			years = CalendarFileReader.readYears(in.readAllBytes());
		}

		assertThat(years).containsOnlyKeys(2025, 2026);
		assertThat(years.get(2025)).hasSize(33);
		assertThat(years.get(2026)).hasSize(39);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] workbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("2027");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("date");
			header.createCell(1).setCellValue("kind");
			header.createCell(2).setCellValue("name");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row typed = sheet.createRow(1);
			typed.createCell(0).setCellValue(LocalDate.parse("2027-01-01"));
			typed.getCell(0).setCellStyle(dateStyle);
			typed.createCell(1).setCellValue("HOLIDAY");
			typed.createCell(2).setCellValue("元旦");
			Row text = sheet.createRow(3);
			text.createCell(0).setCellValue("2027-02-06");
			text.createCell(1).setCellValue("WORKDAY");
			text.createCell(2).setCellValue("春节");
			workbook.createSheet("ignored").createRow(0).createCell(0).setCellValue("2027-03-01");
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
