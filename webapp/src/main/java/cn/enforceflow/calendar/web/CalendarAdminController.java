package cn.enforceflow.calendar.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.CalendarFileException;
import cn.enforceflow.calendar.CalendarManagement;
import cn.enforceflow.calendar.LoadedYear;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.util.unit.DataSize;

/**
 * 工作日历维护 — administrators see a year at a glance, change single days and import the
 * year's published arrangement. Every change redirects back to the year with a notice or
 * the reasons it failed.
 */
@PageController
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	/** Lines with problems listed on the page; a wrong file could have hundreds. */
	private static final int MAX_LISTED_PROBLEMS = 20;

	/** The kinds the day form offers: NORMAL removes the day's override. */
	private static final List<String> KINDS = List.of(CalendarDay.Kind.HOLIDAY.name(), CalendarDay.Kind.WORKDAY.name(),
			"NORMAL");

	private final WorkingCalendar calendar;

	private final CalendarManagement management;

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * A calendar is a few KB; the server accepts far larger uploads (evidence photos), so
	 * the import keeps its own limit.
	 */
	private final DataSize maxFileSize;

	CalendarAdminController(WorkingCalendar calendar, CalendarManagement management, MessageSource messages,
			Clock clock, @Value("${enforceflow.calendar.max-file-size:2MB}") DataSize maxFileSize) {
		this.calendar = calendar;
		this.management = management;
		this.messages = messages;
		this.clock = clock;
		this.maxFileSize = maxFileSize;
	}

	@GetMapping
	String page(@RequestParam(required = false) String year, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(this.clock);
		int shown;
		try {
			shown = (year != null) ? CalendarQuery.year(year) : today.getYear();
		}
		catch (BusinessRuleException ex) {
			return failure(redirect, today.getYear(), List.of(text(ex.messageKey(), ex.arguments())));
		}
		List<CalendarDay> days = this.management.days(shown);
		LoadedYear loaded = this.management.loaded(shown).orElse(null);
		model.addAttribute("year", shown);
		model.addAttribute("coverage", this.calendar.coverage(shown));
		model.addAttribute("loaded", (loaded != null) ? loaded(loaded) : null);
		model.addAttribute("months", months(shown, days, today));
		model.addAttribute("days", days.stream().map(DayRow::of).toList());
		model.addAttribute("kinds", KINDS);
		model.addAttribute("firstYear", CalendarQuery.FIRST_YEAR);
		model.addAttribute("lastYear", CalendarQuery.LAST_YEAR);
		return "calendar/admin";
	}

	@PostMapping("/days")
	String changeDay(@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String name, Principal principal, RedirectAttributes redirect) {
		int fallbackYear = LocalDate.now(this.clock).getYear();
		try {
			LocalDate day = CalendarQuery.date("date", date);
			if ("NORMAL".equals(kind)) {
				this.management.resetDay(day, principal.getName());
			}
			else {
				this.management.setDay(new CalendarDay(day, kind(kind), name), principal.getName());
			}
			redirect.addFlashAttribute("notice", text("calendar.day.saved", day,
					text("calendar.kind." + ("NORMAL".equals(kind) ? kind : kind(kind).name()))));
			return "redirect:/admin/calendar?year=" + day.getYear();
		}
		catch (BusinessRuleException ex) {
			int year = (date != null && date.length() >= 4 && date.substring(0, 4).matches("\\d{4}"))
					? Integer.parseInt(date.substring(0, 4)) : fallbackYear;
			return failure(redirect, year, List.of(text(ex.messageKey(), ex.arguments())));
		}
	}

	/**
	 * The year comes in the query string, with the CSRF token: a file over the size limit
	 * is never parsed, and the answer still needs both.
	 */
	@PostMapping("/import")
	String importYear(@RequestParam String year, @RequestParam(required = false) MultipartFile file,
			Principal principal, RedirectAttributes redirect) throws IOException {
		int target;
		try {
			target = CalendarQuery.year(year);
		}
		catch (BusinessRuleException ex) {
			return failure(redirect, LocalDate.now(this.clock).getYear(),
					List.of(text(ex.messageKey(), ex.arguments())));
		}
		if (file == null || file.isEmpty()) {
			return failure(redirect, target, List.of(text("calendar.import.noFile")));
		}
		if (file.getSize() > this.maxFileSize.toBytes()) {
			return failure(redirect, target, List.of(tooLargeText()));
		}
		try {
			int stored = this.management.importYear(target, file.getOriginalFilename(), file.getBytes(),
					principal.getName());
			redirect.addFlashAttribute("notice", text("calendar.import.done", String.valueOf(target),
					String.valueOf(stored), String.valueOf(file.getOriginalFilename())));
			return "redirect:/admin/calendar?year=" + target;
		}
		catch (CalendarFileException ex) {
			return failure(redirect, target, problems(ex));
		}
		catch (DataIntegrityViolationException ex) {
			return failure(redirect, target, List.of(text("calendar.import.conflict")));
		}
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		int year;
		try {
			year = CalendarQuery.year(request.getParameter("year"));
		}
		catch (BusinessRuleException notAYear) {
			year = LocalDate.now(this.clock).getYear();
		}
		return failure(redirect, year, List.of(tooLargeText()));
	}

	private String tooLargeText() {
		return text("calendar.import.tooLarge", String.valueOf(this.maxFileSize.toMegabytes()));
	}

	private Loaded loaded(LoadedYear loaded) {
		String by = LoadedYear.SYSTEM.equals(loaded.loadedBy()) ? text("calendar.admin.system") : loaded.loadedBy();
		return new Loaded(loaded.source(), by, loaded.loadedAt());
	}

	private String failure(RedirectAttributes redirect, int year, List<String> errors) {
		redirect.addFlashAttribute("errors", new ArrayList<>(errors));
		return "redirect:/admin/calendar?year=" + year;
	}

	private List<String> problems(CalendarFileException ex) {
		List<String> texts = new ArrayList<>();
		texts.add(text(ex.messageKey(), ex.arguments()));
		ex.problems().stream().limit(MAX_LISTED_PROBLEMS).forEach((problem) -> {
			String reason = text(problem.messageKey(), problem.arguments().toArray());
			texts.add((problem.line() > 0) ? text("calendar.import.line", String.valueOf(problem.line()), reason)
					: reason);
		});
		if (ex.problems().size() > MAX_LISTED_PROBLEMS) {
			texts.add(text("calendar.import.more", String.valueOf(ex.problems().size() - MAX_LISTED_PROBLEMS)));
		}
		return texts;
	}

	private static CalendarDay.Kind kind(String kind) {
		for (CalendarDay.Kind value : CalendarDay.Kind.values()) {
			if (value.name().equals(kind)) {
				return value;
			}
		}
		throw new InvalidCalendarQueryException("calendar.day.invalidKind", String.valueOf(kind));
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private List<MonthView> months(int year, List<CalendarDay> declared, LocalDate today) {
		Map<LocalDate, CalendarDay> byDate = declared.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		List<MonthView> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth yearMonth = YearMonth.of(year, month);
			List<List<DayCell>> weeks = new ArrayList<>();
			List<DayCell> week = new ArrayList<>();
			for (int blank = 1; blank < yearMonth.atDay(1).getDayOfWeek().getValue(); blank++) {
				week.add(DayCell.BLANK);
			}
			for (int d = 1; d <= yearMonth.lengthOfMonth(); d++) {
				LocalDate date = yearMonth.atDay(d);
				week.add(DayCell.of(date, byDate.get(date), this.calendar.isWorkingDay(date), date.equals(today)));
				if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(DayCell.BLANK);
				}
				weeks.add(week);
			}
			months.add(new MonthView(month, weeks));
		}
		return months;
	}

	// view records are public: FreeMarker reads only public classes

	/** One month of the grid, in weeks from Monday to Sunday. */
	public record MonthView(int month, List<List<DayCell>> weeks) {

	}

	/**
	 * One day of the grid. {@code type} is {@code work}, {@code weekend},
	 * {@code holiday}, {@code makeup} (调休上班) or {@code blank} for the cells before the
	 * 1st and after the last day.
	 */
	public record DayCell(String date, int day, String type, String name, boolean today) {

		static final DayCell BLANK = new DayCell("", 0, "blank", "", false);

		static DayCell of(LocalDate date, CalendarDay declared, boolean working, boolean today) {
			String type;
			if (declared != null) {
				type = (declared.kind() == CalendarDay.Kind.HOLIDAY) ? "holiday" : "makeup";
			}
			else {
				type = working ? "work" : "weekend";
			}
			return new DayCell(date.toString(), date.getDayOfMonth(), type, (declared != null) ? declared.name() : "",
					today);
		}

	}

	/** A holiday or make-up working day in the list under the grid. */
	public record DayRow(LocalDate date, int weekday, String kind, String name) {

		static DayRow of(CalendarDay day) {
			return new DayRow(day.date(), day.date().getDayOfWeek().getValue(), day.kind().name(), day.name());
		}

	}

	/** Where the year's arrangement came from, for the page. */
	public record Loaded(String source, String loadedBy, Instant loadedAt) {

	}

}
