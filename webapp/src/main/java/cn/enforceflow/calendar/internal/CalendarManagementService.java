package cn.enforceflow.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.CalendarManagement;
import cn.enforceflow.calendar.LoadedYear;
import cn.enforceflow.platform.BusinessRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
class CalendarManagementService implements CalendarManagement {

	private static final Logger log = LoggerFactory.getLogger(CalendarManagementService.class);

	private static final int MAX_SOURCE_LENGTH = 128;

	/** Audit actions: who changed the calendar, from what to what. */
	static final String DAY_SET = "CALENDAR_DAY_SET";

	static final String DAY_RESET = "CALENDAR_DAY_RESET";

	static final String YEAR_IMPORTED = "CALENDAR_YEAR_IMPORTED";

	/**
	 * A year's days listed one by one in its audit entry up to this many; a (wrong) file
	 * with more is recorded by its count, to stay within an entry's size.
	 */
	private static final int MAX_AUDITED_DAYS = 150;

	private final CalendarDays days;

	private final CalendarYears years;

	private final WorkingCalendarService calendar;

	private final Clock clock;

	private final AuditTrail audit;

	CalendarManagementService(CalendarDays days, CalendarYears years, WorkingCalendarService calendar, Clock clock,
			AuditTrail audit) {
		this.days = days;
		this.years = years;
		this.calendar = calendar;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	public List<CalendarDay> days(int year) {
		return this.days.findByDayBetweenOrderByDay(firstDay(year), lastDay(year))
			.stream()
			.map(CalendarDayEntity::toDay)
			.toList();
	}

	@Override
	public Optional<LoadedYear> loaded(int year) {
		return this.years.findById(year).map(CalendarYearEntity::toLoadedYear);
	}

	@Override
	@Transactional
	public void setDay(CalendarDay day, String by) {
		if (day.kind() == CalendarDay.Kind.WORKDAY && !CalendarDay.isWeekend(day.date())) {
			throw new BusinessRuleException("calendar.day.workdayOnWeekday", day.date());
		}
		if (day.name().length() > CalendarDay.MAX_NAME_LENGTH) {
			throw new BusinessRuleException("calendar.day.nameTooLong", String.valueOf(CalendarDay.MAX_NAME_LENGTH));
		}
		Instant now = this.clock.instant();
		Optional<CalendarDayEntity> existing = this.days.findById(day.date());
		Map<String, Object> before = existing.map(CalendarDayEntity::toDay)
			.map(CalendarManagementService::values)
			.orElseGet(CalendarManagementService::ordinary);
		existing.ifPresentOrElse((entity) -> entity.change(day, now, by),
				() -> this.days.save(CalendarDayEntity.of(day, now, by)));
		log.info("Calendar: {} is now {} ({}), set by {}", day.date(), day.kind(), day.name(), by);
		evictAfterCompletion(day.date().getYear());
		this.audit.record(AuditRecord.of(by, DAY_SET)
			.withSubject("CALENDAR_DAY", day.date().toString())
			.withChange(before, values(day)));
	}

	@Override
	@Transactional
	public boolean resetDay(LocalDate date, String by) {
		Optional<CalendarDayEntity> day = this.days.findById(date);
		day.ifPresent((entity) -> {
			Map<String, Object> before = values(entity.toDay());
			this.days.delete(entity);
			log.info("Calendar: {} is an ordinary day again, reset by {}", date, by);
			evictAfterCompletion(date.getYear());
			this.audit.record(AuditRecord.of(by, DAY_RESET)
				.withSubject("CALENDAR_DAY", date.toString())
				.withChange(before, ordinary()));
		});
		return day.isPresent();
	}

	@Override
	@Transactional
	public int importYear(int year, String filename, byte[] content, String by) {
		List<CalendarDay> imported = CalendarFileReader.read(year, filename, content);
		Optional<CalendarYearEntity> previous = this.years.findById(year);
		Map<String, Object> before = yearValues(
				previous.map(CalendarYearEntity::toLoadedYear).map(LoadedYear::source).orElse(null), days(year));
		CalendarYearEntity loaded = previous.orElseGet(() -> CalendarYearEntity.of(year));
		this.years.save(loaded.loaded(source(filename), this.clock.instant(), by));
		replaceDays(year, imported, by);
		log.info("Calendar: {} holidays and make-up working days of {} imported from {} by {}", imported.size(), year,
				filename, by);
		this.audit.record(AuditRecord.of(by, YEAR_IMPORTED)
			.withSubject("CALENDAR_YEAR", String.valueOf(year))
			.withChange(before, yearValues(source(filename), imported)));
		return imported.size();
	}

	/**
	 * Loads a year's published arrangement unless one is loaded already. The year's row
	 * is written first: a second node doing the same at the same moment fails on its key
	 * before touching any day.
	 * @return whether this call loaded it
	 */
	@Transactional
	public boolean seedYear(int year, List<CalendarDay> published, String source) {
		if (this.years.existsById(year)) {
			return false;
		}
		this.years.saveAndFlush(CalendarYearEntity.of(year).loaded(source, this.clock.instant(), LoadedYear.SYSTEM));
		replaceDays(year, published, LoadedYear.SYSTEM);
		return true;
	}

	private void replaceDays(int year, List<CalendarDay> replacement, String by) {
		Instant now = this.clock.instant();
		this.days.deleteBetween(firstDay(year), lastDay(year));
		this.days.saveAll(replacement.stream().map((day) -> CalendarDayEntity.of(day, now, by)).toList());
		evictAfterCompletion(year);
	}

	/**
	 * Evicts once the transaction is over: evicting earlier would let a concurrent read
	 * cache the days as they were before the commit.
	 */
	private void evictAfterCompletion(int year) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.calendar.evict(year);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				CalendarManagementService.this.calendar.evict(year);
			}
		});
	}

	private static Map<String, Object> values(CalendarDay day) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", day.kind().name());
		values.put("name", day.name());
		return values;
	}

	/** What a day without an entry is: Monday to Friday work, the weekend does not. */
	private static Map<String, Object> ordinary() {
		return Map.of("kind", "NORMAL");
	}

	/** A year's arrangement for the audit trail: its source and its days by date. */
	private static Map<String, Object> yearValues(String source, List<CalendarDay> days) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("source", source);
		values.put("count", days.size());
		if (days.size() <= MAX_AUDITED_DAYS) {
			Map<String, Object> byDate = new LinkedHashMap<>();
			days.forEach((day) -> byDate.put(day.date().toString(), day.kind().name() + " " + day.name()));
			values.put("days", byDate);
		}
		return values;
	}

	/** The file's own name, without the folders some browsers send. */
	private static String source(String filename) {
		String name = (filename != null)
				? filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1) : "";
		return (name.length() > MAX_SOURCE_LENGTH) ? name.substring(0, MAX_SOURCE_LENGTH) : name;
	}

	private static LocalDate firstDay(int year) {
		return LocalDate.of(year, 1, 1);
	}

	private static LocalDate lastDay(int year) {
		return LocalDate.of(year, 12, 31);
	}

}
