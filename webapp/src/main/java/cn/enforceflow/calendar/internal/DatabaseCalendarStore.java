package cn.enforceflow.calendar.internal;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.CalendarDay;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class DatabaseCalendarStore implements CalendarStore {

	private final CalendarDays days;

	private final CalendarYears years;

	DatabaseCalendarStore(CalendarDays days, CalendarYears years) {
		this.days = days;
		this.years = years;
	}

	@Override
	@Transactional(readOnly = true)
	public YearDays load(int year) {
		String source = this.years.findById(year).map(CalendarYearEntity::source).orElse(null);
		return new YearDays(year, source,
				this.days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
					.stream()
					.map(CalendarDayEntity::toDay)
					.collect(Collectors.toMap(CalendarDay::date, Function.identity())));
	}

}
