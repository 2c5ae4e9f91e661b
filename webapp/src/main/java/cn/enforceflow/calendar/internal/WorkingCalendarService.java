package cn.enforceflow.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.enforceflow.calendar.CalendarDay;
import cn.enforceflow.calendar.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The one implementation of working-day arithmetic. Deadlines are computed on hot paths
 * (every task list, every timer), so each year's days are kept in memory. An edit or
 * import on this node evicts its year once committed; the other nodes of a cluster read
 * the year again when their copy is older than {@link #TIME_TO_LIVE}, so they catch up
 * within a minute without any messaging between nodes.
 */
@Service
class WorkingCalendarService implements WorkingCalendar {

	private static final Logger log = LoggerFactory.getLogger(WorkingCalendarService.class);

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final CalendarStore store;

	private final long timeToLiveNanos;

	private final Map<Integer, Cached> years = new ConcurrentHashMap<>();

	/**
	 * Bumped by every eviction, so that a read racing an edit does not cache stale days.
	 */
	private final AtomicLong evictions = new AtomicLong();

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	@Autowired
	WorkingCalendarService(CalendarStore store) {
		this(store, TIME_TO_LIVE);
	}

	WorkingCalendarService(CalendarStore store, Duration timeToLive) {
		this.store = store;
		this.timeToLiveNanos = timeToLive.toNanos();
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		CalendarDay declared = year(day.getYear()).days().get(day);
		if (declared != null) {
			return declared.kind() == CalendarDay.Kind.WORKDAY;
		}
		return !CalendarDay.isWeekend(day);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		Objects.requireNonNull(start, "start");
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
		LocalDate day = start;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public LocalDate addCalendarDays(LocalDate start, int days) {
		return start.plusDays(days);
	}

	@Override
	public Instant workingDayDeadline(Instant start, int days) {
		LocalDate lastDay = addWorkingDays(LocalDate.ofInstant(start, ZONE), days);
		return lastDay.atTime(END_OF_DAY).atZone(ZONE).toInstant();
	}

	@Override
	public YearCoverage coverage(int year) {
		YearDays days = year(year);
		return new YearCoverage(year, days.published(), days.source());
	}

	/** Forgets what this node knows of a year; the next question reads it again. */
	void evict(int year) {
		this.evictions.incrementAndGet();
		this.years.remove(year);
	}

	private YearDays year(int year) {
		long now = System.nanoTime();
		Cached cached = this.years.get(year);
		if (cached != null && now - cached.readAt() < this.timeToLiveNanos) {
			return cached.days();
		}
		long evictionsBefore = this.evictions.get();
		YearDays days = this.store.load(year);
		Cached fresh = new Cached(days, now);
		this.years.put(year, fresh);
		if (this.evictions.get() != evictionsBefore) {
			// an edit was committed while we read: what we read may be older than it
			this.years.remove(year, fresh);
		}
		warnIfUnpublished(days);
		return days;
	}

	private void warnIfUnpublished(YearDays days) {
		if (days.published()) {
			this.warnedYears.remove(days.year());
		}
		else if (this.warnedYears.add(days.year())) {
			log.warn("No holiday arrangement is loaded for {}: its working days are counted Monday to Friday, "
					+ "which is wrong around every statutory holiday. An administrator imports it at /admin/calendar.",
					days.year());
		}
	}

	private record Cached(YearDays days, long readAt) {

	}

}
