package cn.enforceflow.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import cn.enforceflow.platform.i18n.DisplayDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Dates as the reader expects them, for pages: {@code ${fmt.date(day)}} reads 2026年11月22日
 * in Chinese and November 22, 2026 in English, {@code ${fmt.dateTime(instant)}} adds the
 * Beijing time (2026年11月22日 15:04), {@code ${fmt.yearMonth(month)}} reads 2026年11月. The
 * same texts as a date passed to a message ({@code args=[day]}), see
 * {@link DisplayDates}. Every function gives the empty text for a missing value.
 */
@ControllerAdvice(annotations = PageController.class)
public class DateFormats {

	@ModelAttribute("fmt")
	DateFormats formats() {
		return this;
	}

	public String date(LocalDate day) {
		return (day != null) ? DisplayDates.date(day, LocaleContextHolder.getLocale()) : "";
	}

	/**
	 * An instant as the reader's date and a 24-hour time, in Beijing time: deadlines read
	 * "2026年2月24日 23:59", not "下午11:59".
	 */
	public String dateTime(Instant instant) {
		return (instant != null) ? DisplayDates.dateTime(instant, LocaleContextHolder.getLocale()) : "";
	}

	/** A day and time that are Beijing time already. */
	public String localDateTime(LocalDateTime time) {
		return (time != null) ? DisplayDates.dateTime(time, LocaleContextHolder.getLocale()) : "";
	}

	public String yearMonth(YearMonth month) {
		return (month != null) ? DisplayDates.yearMonth(month, LocaleContextHolder.getLocale()) : "";
	}

}
