package cn.enforceflow.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Dates as the reader expects them: 2026年11月22日 in Chinese, November 22, 2026 in English.
 * Pages call {@code ${fmt.date(day)}}.
 */
@ControllerAdvice
public class DateFormats {

	@ModelAttribute("fmt")
	DateFormats formats() {
		return this;
	}

	/** An instant as the reader's date and time of day, in Beijing time. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(WebConfiguration.ZONE)
			.format(instant);
	}

	public String date(LocalDate day) {
		if (day == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
