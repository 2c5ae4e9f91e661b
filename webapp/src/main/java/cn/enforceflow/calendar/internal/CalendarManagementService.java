package cn.enforceflow.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

	private final CalendarDays days;

	private final CalendarYears years;

	private final WorkingCalendarService calendar;

	private final Clock clock;

	CalendarManagementService(CalendarDays days, CalendarYears years, WorkingCalendarService calendar, Clock clock) {
		this.days = days;
		this.years = years;
		this.calendar = calendar;
		this.clock = clock;
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
			throw new BusinessRuleException("calendar.day.workdayOnWeekday", day.date().toString());
		}
		if (day.name().length() > CalendarDay.MAX_NAME_LENGTH) {
			throw new BusinessRuleException("calendar.day.nameTooLong", String.valueOf(CalendarDay.MAX_NAME_LENGTH));
		}
		Instant now = this.clock.instant();
		this.days.findById(day.date())
			.ifPresentOrElse((entity) -> entity.change(day, now, by),
					() -> this.days.save(CalendarDayEntity.of(day, now, by)));
		log.info("Calendar: {} is now {} ({}), set by {}", day.date(), day.kind(), day.name(), by);
		evictAfterCompletion(day.date().getYear());
	}

	@Override
	@Transactional
	public boolean resetDay(LocalDate date, String by) {
		Optional<CalendarDayEntity> day = this.days.findById(date);
		day.ifPresent((entity) -> {
			this.days.delete(entity);
			log.info("Calendar: {} is an ordinary day again, reset by {}", date, by);
			evictAfterCompletion(date.getYear());
		});
		return day.isPresent();
	}

	@Override
	@Transactional
	public int importYear(int year, String filename, byte[] content, String by) {
		List<CalendarDay> imported = CalendarFileReader.read(year, filename, content);
		CalendarYearEntity loaded = this.years.findById(year).orElseGet(() -> CalendarYearEntity.of(year));
		this.years.save(loaded.loaded(source(filename), this.clock.instant(), by));
		replaceDays(year, imported, by);
		log.info("Calendar: {} holidays and make-up working days of {} imported from {} by {}", imported.size(), year,
				filename, by);
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
