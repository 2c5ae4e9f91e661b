package cn.enforceflow.calendar.web;

import java.time.Instant;
import java.util.List;

import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.CalendarManagement;
import cn.enforceflow.calendar.LoadedYear;
import cn.enforceflow.calendar.WorkingCalendar;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working-day arithmetic for any signed-in client, and a year's calendar for
 * administrators.
 */
@RestController
@Tag(name = "calendar", description = "工作日历与工作日计算")
class CalendarApiController {

	private final WorkingCalendar calendar;

	private final CalendarManagement management;

	CalendarApiController(WorkingCalendar calendar, CalendarManagement management) {
		this.calendar = calendar;
		this.management = management;
	}

	@GetMapping("/api/calendar/add-working-days")
	@Operation(summary = "某日之后的第 N 个工作日（当日不计；N 为 0 时即当日）")
	DateAnswer addWorkingDays(@Parameter(description = "起始日期，YYYY-MM-DD") @RequestParam(required = false) String date,
			@Parameter(description = "工作日数，0 到 3650") @RequestParam(required = false) String days) {
		return new DateAnswer(
				this.calendar.addWorkingDays(CalendarQuery.date("date", date), CalendarQuery.days(days)).toString());
	}

	@GetMapping("/api/calendar/working-days-between")
	@Operation(summary = "from 之后至 to（含）的工作日数；to 早于 from 时为负数")
	DaysAnswer workingDaysBetween(
			@Parameter(description = "起始日期（不计），YYYY-MM-DD") @RequestParam(required = false) String from,
			@Parameter(description = "截止日期（计入），YYYY-MM-DD") @RequestParam(required = false) String to) {
		var start = CalendarQuery.date("from", from);
		var end = CalendarQuery.date("to", to);
		CalendarQuery.checkSpan(start, end);
		return new DaysAnswer(this.calendar.workingDaysBetween(start, end));
	}

	@GetMapping("/api/calendar/years/{year}")
	@PreAuthorize("@access.administrator(authentication)")
	@Operation(summary = "某年的节假日与调休上班安排及其来源（仅系统管理员）")
	public YearAnswer year(@PathVariable String year) {
		int value = CalendarQuery.year(year);
		WorkingCalendar.YearCoverage coverage = this.calendar.coverage(value);
		LoadedYear loaded = this.management.loaded(value).orElse(null);
		return new YearAnswer(value, coverage.published(), coverage.source(),
				(loaded != null) ? loaded.loadedAt() : null, (loaded != null) ? loaded.loadedBy() : null,
				this.management.days(value));
	}

	record DateAnswer(String date) {

	}

	record DaysAnswer(int days) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record YearAnswer(int year, boolean published, String source, Instant loadedAt, String loadedBy,
			List<CalendarDay> days) {

	}

}
