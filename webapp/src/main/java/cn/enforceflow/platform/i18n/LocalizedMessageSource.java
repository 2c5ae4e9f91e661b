package cn.enforceflow.platform.i18n;

import java.util.Locale;

import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The application's {@code messageSource}: Spring Boot's bundles, with dates among the
 * arguments written for the reader ({@link DisplayDates}) before {@code MessageFormat}
 * sees them. Code passes the {@code LocalDate}, {@code Instant}, {@code LocalDateTime},
 * {@code ZonedDateTime} or {@code YearMonth} itself; a Chinese sentence then reads
 * 2026年12月14日, an English one December 14, 2026, and an instant is shown in Beijing time.
 * Every other argument, {@code null} included, is passed on untouched, and so are the
 * arguments of arguments that are themselves resolvable (a step's name, say).
 * <p>
 * Bundles write a date as a plain {@code {0}}: {@code {0,date}} would be handed text
 * (ConsistencyTests holds the bundles to that).
 */
public class LocalizedMessageSource implements HierarchicalMessageSource {

	private final MessageSource delegate;

	public LocalizedMessageSource(MessageSource delegate) {
		this.delegate = delegate;
	}

	/** The bundles themselves, as Spring Boot configured them. */
	public MessageSource delegate() {
		return this.delegate;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return this.delegate.getMessage(code, localized(args, locale), defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		return this.delegate.getMessage(code, localized(args, locale), locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return this.delegate.getMessage(localized(resolvable, locale), locale);
	}

	@Override
	public void setParentMessageSource(MessageSource parent) {
		if (this.delegate instanceof HierarchicalMessageSource hierarchical) {
			hierarchical.setParentMessageSource(parent);
		}
	}

	@Override
	public MessageSource getParentMessageSource() {
		return (this.delegate instanceof HierarchicalMessageSource hierarchical) ? hierarchical.getParentMessageSource()
				: null;
	}

	/** The arguments with dates as text; the same array when nothing changes. */
	static Object[] localized(Object[] args, Locale locale) {
		if (args == null || args.length == 0) {
			return args;
		}
		Object[] result = null;
		for (int i = 0; i < args.length; i++) {
			Object localized = localized(args[i], locale);
			if (localized != args[i]) {
				if (result == null) {
					result = args.clone();
				}
				result[i] = localized;
			}
		}
		return (result != null) ? result : args;
	}

	private static Object localized(Object argument, Locale locale) {
		if (DisplayDates.isDate(argument)) {
			return DisplayDates.format(argument, locale);
		}
		if (argument instanceof MessageSourceResolvable resolvable) {
			return localized(resolvable, locale);
		}
		return argument;
	}

	/**
	 * The resolvable itself unless a date is among its arguments; otherwise a copy that
	 * keeps whether its default message is a pattern (Bean Validation's texts are not).
	 */
	private static MessageSourceResolvable localized(MessageSourceResolvable resolvable, Locale locale) {
		Object[] args = resolvable.getArguments();
		Object[] localized = localized(args, locale);
		if (localized == args) {
			return resolvable;
		}
		boolean pattern = !(resolvable instanceof DefaultMessageSourceResolvable original)
				|| original.shouldRenderDefaultMessage();
		return new Copy(resolvable.getCodes(), localized, resolvable.getDefaultMessage(), pattern);
	}

	private static final class Copy extends DefaultMessageSourceResolvable {

		private final boolean pattern;

		Copy(String[] codes, Object[] arguments, String defaultMessage, boolean pattern) {
			super(codes, arguments, defaultMessage);
			this.pattern = pattern;
		}

		@Override
		public boolean shouldRenderDefaultMessage() {
			return this.pattern;
		}

	}

}
