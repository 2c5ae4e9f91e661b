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
@ControllerAdvice(annotations = PageController.class)
public class DateFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	@ModelAttribute("fmt")
	DateFormats formats() {
		return this;
	}

	/**
	 * An instant as the reader's date and a 24-hour time, in Beijing time: deadlines read
	 * "2026年2月24日 23:59", not "下午11:59".
	 */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return date(instant.atZone(WebConfiguration.ZONE).toLocalDate()) + " "
				+ TIME.format(instant.atZone(WebConfiguration.ZONE));
	}

	public String date(LocalDate day) {
		if (day == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
