package cn.enforceflow.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as readers write them, the one formatting every page and message uses:
 * 2026年12月14日 and 2026年12月14日 15:04 in Chinese, December 14, 2026 and December 14, 2026
 * 15:04 in English; a month reads 2026年12月 or December 2026. Times are Beijing time
 * (Asia/Shanghai) on a 24-hour clock whatever the server's zone: deadlines read "23:59",
 * never "下午11:59".
 */
public final class DisplayDates {

	/** The zone every time is shown in. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter CHINESE_MONTH = DateTimeFormatter.ofPattern("y年M月");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM y");

	private DisplayDates() {
	}

	/** A day: 2026年12月14日, December 14, 2026. */
	public static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(orDefault(locale)).format(day);
	}

	/** A moment as the day and time in Beijing: 2026年12月14日 15:04. */
	public static String dateTime(Instant instant, Locale locale) {
		return dateTime(LocalDateTime.ofInstant(instant, ZONE), locale);
	}

	/** A day and time that are Beijing time already. */
	public static String dateTime(LocalDateTime time, Locale locale) {
		return date(time.toLocalDate(), locale) + " " + TIME.format(time);
	}

	/** A month: 2026年12月, December 2026. */
	public static String yearMonth(YearMonth month, Locale locale) {
		Locale reader = orDefault(locale);
		return (isChinese(reader) ? CHINESE_MONTH : MONTH.withLocale(reader)).format(month);
	}

	/** A time of day: 15:04. */
	public static String time(LocalTime time) {
		return TIME.format(time);
	}

	/**
	 * Whether {@link #format} shows the value as a date: the {@code java.time} values
	 * people read as a day, a moment or a month.
	 */
	public static boolean isDate(Object value) {
		return value instanceof LocalDate || value instanceof Instant || value instanceof LocalDateTime
				|| value instanceof ZonedDateTime || value instanceof OffsetDateTime || value instanceof YearMonth
				|| value instanceof LocalTime;
	}

	/**
	 * A date or time of any of the kinds {@link #isDate} accepts, as the reader writes
	 * it; zoned values are shown in Beijing time.
	 * @throws IllegalArgumentException for anything else
	 */
	public static String format(Object value, Locale locale) {
		if (value instanceof LocalDate day) {
			return date(day, locale);
		}
		if (value instanceof Instant instant) {
			return dateTime(instant, locale);
		}
		if (value instanceof LocalDateTime time) {
			return dateTime(time, locale);
		}
		if (value instanceof ZonedDateTime zoned) {
			return dateTime(zoned.toInstant(), locale);
		}
		if (value instanceof OffsetDateTime offset) {
			return dateTime(offset.toInstant(), locale);
		}
		if (value instanceof YearMonth month) {
			return yearMonth(month, locale);
		}
		if (value instanceof LocalTime time) {
			return time(time);
		}
		throw new IllegalArgumentException("not a date: " + value);
	}

	private static boolean isChinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	/** No locale given: the product's language. */
	private static Locale orDefault(Locale locale) {
		return (locale != null) ? locale : Locale.SIMPLIFIED_CHINESE;
	}

}
