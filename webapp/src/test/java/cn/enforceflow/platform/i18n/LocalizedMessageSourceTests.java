package cn.enforceflow.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedMessageSourceTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Locale ENGLISH = Locale.ENGLISH;

	private final StaticMessageSource bundles = new StaticMessageSource();

	private final MessageSource messages = new LocalizedMessageSource(this.bundles);

	LocalizedMessageSourceTests() {
		this.bundles.addMessage("due", CHINESE, "将于 {0} 到期");
		this.bundles.addMessage("due", ENGLISH, "due on {0}");
		this.bundles.addMessage("two", CHINESE, "{0}至{1}");
		this.bundles.addMessage("step.invitation.UserTask_AcceptInvitation", CHINESE, "受理邀约");
		this.bundles.addMessage("step.invitation.UserTask_AcceptInvitation", ENGLISH, "Accept the invitation");
		this.bundles.addMessage("reminder", CHINESE, "“{0}”将于 {1} 到期");
		this.bundles.addMessage("reminder", ENGLISH, "“{0}” is due on {1}");
		this.bundles.addMessage("since", CHINESE, "自{0}起");
		this.bundles.addMessage("since", ENGLISH, "since {0}");
		this.bundles.addMessage("count", CHINESE, "共 {0} 项");
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-12-14 | zh_CN | 将于 2026年12月14日 到期
			2026-12-14 | en    | due on December 14, 2026
			2026-01-05 | zh_CN | 将于 2026年1月5日 到期
			""")
	void aDayReadsAsTheReaderWritesIt(String day, String locale, String expected) {
		assertThat(this.messages.getMessage("due", new Object[] { LocalDate.parse(day) },
				Locale.forLanguageTag(locale.replace('_', '-'))))
			.isEqualTo(expected);
	}

	@Test
	void anInstantIsTheDayAndTimeInBeijing() {
		Instant sevenUtc = Instant.parse("2026-12-14T07:04:00Z");

		assertThat(this.messages.getMessage("due", new Object[] { sevenUtc }, CHINESE))
			.isEqualTo("将于 2026年12月14日 15:04 到期");
		assertThat(this.messages.getMessage("due", new Object[] { sevenUtc }, ENGLISH))
			.isEqualTo("due on December 14, 2026 15:04");
		// late in the evening in UTC is the next morning in Beijing
		assertThat(this.messages.getMessage("due", new Object[] { Instant.parse("2026-12-13T16:30:00Z") }, CHINESE))
			.isEqualTo("将于 2026年12月14日 00:30 到期");
	}

	@Test
	void aLocalDateTimeIsBeijingTimeAlready() {
		assertThat(this.messages.getMessage("due", new Object[] { LocalDateTime.of(2026, 12, 14, 15, 4) }, CHINESE))
			.isEqualTo("将于 2026年12月14日 15:04 到期");
		assertThat(this.messages.getMessage("due", new Object[] { LocalDateTime.of(2026, 12, 14, 9, 0) }, ENGLISH))
			.isEqualTo("due on December 14, 2026 09:00");
	}

	@Test
	void zonedAndOffsetTimesAreShownInBeijing() {
		ZonedDateTime utc = ZonedDateTime.of(2026, 12, 14, 7, 4, 0, 0, ZoneOffset.UTC);
		OffsetDateTime berlin = OffsetDateTime.of(2026, 12, 14, 8, 4, 0, 0, ZoneOffset.ofHours(1));

		assertThat(this.messages.getMessage("due", new Object[] { utc }, CHINESE)).isEqualTo("将于 2026年12月14日 15:04 到期");
		assertThat(this.messages.getMessage("due", new Object[] { berlin }, ENGLISH))
			.isEqualTo("due on December 14, 2026 15:04");
	}

	@Test
	void aMonthReadsAsYearAndMonth() {
		assertThat(this.messages.getMessage("since", new Object[] { YearMonth.of(2026, 12) }, CHINESE))
			.isEqualTo("自2026年12月起");
		assertThat(this.messages.getMessage("since", new Object[] { YearMonth.of(2026, 12) }, ENGLISH))
			.isEqualTo("since December 2026");
	}

	@Test
	void aTimeOfDayIsOnATwentyFourHourClock() {
		assertThat(this.messages.getMessage("since", new Object[] { LocalTime.of(23, 59) }, ENGLISH))
			.isEqualTo("since 23:59");
	}

	@Test
	void otherArgumentsAreFormattedAsBefore() {
		Object[] arguments = { "YY-2026-000123", 2026, null };

		assertThat(this.messages.getMessage("two", new Object[] { "YY-2026-000123", null }, CHINESE))
			.isEqualTo(this.bundles.getMessage("two", new Object[] { "YY-2026-000123", null }, CHINESE))
			.isEqualTo("YY-2026-000123至null");
		assertThat(this.messages.getMessage("count", new Object[] { 2026 }, CHINESE))
			.isEqualTo(this.bundles.getMessage("count", new Object[] { 2026 }, CHINESE));
		assertThat(LocalizedMessageSource.localized(arguments, CHINESE)).isSameAs(arguments);
	}

	@Test
	void noArgumentsAndANullArrayArePassedOn() {
		assertThat(this.messages.getMessage("due", null, CHINESE)).isEqualTo("将于 {0} 到期");
		assertThat(this.messages.getMessage("due", new Object[0], ENGLISH)).isEqualTo("due on {0}");
		assertThat(this.messages.getMessage("due", new Object[] { null }, ENGLISH)).isEqualTo("due on null");
	}

	@Test
	void datesAreFormattedInDefaultMessagesToo() {
		assertThat(
				this.messages.getMessage("no.such.key", new Object[] { LocalDate.of(2026, 12, 14) }, "截至 {0}", CHINESE))
			.isEqualTo("截至 2026年12月14日");
	}

	@Test
	void aResolvableWithADateIsResolvedInTheReadersLanguage() {
		DefaultMessageSourceResolvable due = new DefaultMessageSourceResolvable(new String[] { "due" },
				new Object[] { LocalDate.of(2026, 12, 14) });

		assertThat(this.messages.getMessage(due, CHINESE)).isEqualTo("将于 2026年12月14日 到期");
		assertThat(this.messages.getMessage(due, ENGLISH)).isEqualTo("due on December 14, 2026");
	}

	@Test
	void nestedResolvablesAreResolvedWithTheirDates() {
		DefaultMessageSourceResolvable step = new DefaultMessageSourceResolvable(
				new String[] { "step.invitation.UserTask_AcceptInvitation" }, "受理邀约");
		Object[] arguments = { step, Instant.parse("2026-12-14T15:59:00Z") };

		assertThat(this.messages.getMessage("reminder", arguments, CHINESE)).isEqualTo("“受理邀约”将于 2026年12月14日 23:59 到期");
		assertThat(this.messages.getMessage("reminder", arguments, ENGLISH))
			.isEqualTo("“Accept the invitation” is due on December 14, 2026 23:59");

		DefaultMessageSourceResolvable outer = new DefaultMessageSourceResolvable(new String[] { "since" },
				new Object[] { new DefaultMessageSourceResolvable(new String[] { "due" },
						new Object[] { LocalDate.of(2026, 12, 14) }) });
		assertThat(this.messages.getMessage(outer, ENGLISH)).isEqualTo("since due on December 14, 2026");
	}

	@Test
	void finishedTextsOfBindingErrorsStayAsTheyAre() {
		// Bean Validation's texts are finished, not patterns: they may hold braces and
		// quotes
		String text = "must match \"\\d{4}\" and isn't {0}";
		FieldError error = new FinishedFieldError(new Object[] { 3 }, text);
		FieldError dated = new FinishedFieldError(new Object[] { LocalDate.of(2026, 12, 14) }, text);

		assertThat(this.messages.getMessage(error, CHINESE)).isEqualTo(text);
		assertThat(this.messages.getMessage(dated, CHINESE)).isEqualTo(text);
	}

	/** As Spring's validator adapter reports a constraint violation. */
	private static final class FinishedFieldError extends FieldError {

		FinishedFieldError(Object[] arguments, String text) {
			super("form", "field", "x", false, new String[] { "no.such.code" }, arguments, text);
		}

		@Override
		public boolean shouldRenderDefaultMessage() {
			return false;
		}

	}

	@Test
	void theParentIsTheDelegatesParent() {
		StaticMessageSource parent = new StaticMessageSource();
		parent.addMessage("parent.only", CHINESE, "自{0}起");
		LocalizedMessageSource localized = new LocalizedMessageSource(this.bundles);

		localized.setParentMessageSource(parent);

		assertThat(localized.getParentMessageSource()).isSameAs(parent);
		assertThat(this.bundles.getParentMessageSource()).isSameAs(parent);
		assertThat(localized.getMessage("parent.only", new Object[] { LocalDate.of(2026, 12, 14) }, CHINESE))
			.isEqualTo("自2026年12月14日起");
	}

}
