package cn.enforceflow.platform.i18n;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's message source writes dates as readers do wherever messages are
 * resolved — problem+json, page errors, pages — and Spring Boot's
 * {@code spring.messages.*} still configure the bundles.
 */
@FullApplication
class DatesInMessagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Test
	void theMessageSourceIsSpringBootsBundlesWithDatesForReaders() {
		assertThat(this.context.getBean("messageSource")).isSameAs(this.messages)
			.isInstanceOf(LocalizedMessageSource.class);
		ResourceBundleMessageSource bundles = (ResourceBundleMessageSource) ((LocalizedMessageSource) this.messages)
			.delegate();
		assertThat(bundles.getBasenameSet()).contains("messages", "i18n/calendar", "i18n/names");
		// UTF-8, another capability's bundle, and no fallback to the server's own locale
		assertThat(this.messages.getMessage("calendar.admin.title", null, Locale.GERMAN)).isEqualTo("工作日历维护");
		assertThat(this.context.getMessage("calendar.day.workdayOnWeekday",
				new Object[] { java.time.LocalDate.of(2026, 12, 14) }, Locale.ENGLISH))
			.isEqualTo("December 14, 2026 is not a Saturday or Sunday and cannot be a make-up working day.");
	}

	@Test
	void aProblemDetailReadsItsDatesInChineseOrEnglish() {
		SignedInClient client = new SignedInClient(this.port);

		HttpResponse<String> chinese = client.api("/api/calendar/working-days-between?from=2026-12-14&to=2050-01-01",
				"officer1", "demo");
		HttpResponse<String> english = client
			.api("/api/calendar/working-days-between?from=2026-12-14&to=2050-01-01&lang=en", "officer1", "demo");

		assertThat(chinese.statusCode()).isEqualTo(400);
		assertThat(ApiAnswers.detail(chinese)).isEqualTo("from 与 to 相距不能超过 20 年，2026年12月14日至2050年1月1日超过了这一限制。");
		assertThat(ApiAnswers.detail(english)).isEqualTo(
				"from and to must not be more than 20 years apart; December 14, 2026 to January 1, 2050 is longer.");
	}

	@Test
	void aRuleBrokenOnAPageNamesTheDayAsPeopleWriteIt() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");

		admin.postForm("/admin/calendar/days", Map.of("date", "2026-12-14", "kind", "WORKDAY", "name", "测试"));

		assertThat(admin.get("/admin/calendar?year=2026").body()).contains("2026年12月14日 不是周六或周日，不能设为调休上班。")
			.containsPattern("由系统初始化于\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}导入")
			.contains("2026年10月1日")
			.doesNotContain("<td class=\"nowrap mono\">2026-10-01</td>");
	}

}
