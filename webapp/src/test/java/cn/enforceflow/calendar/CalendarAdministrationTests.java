package cn.enforceflow.calendar;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's calendar page, driven as a browser would. The changes are made in
 * 2028, which no other test uses, and undone.
 */
@FullApplication
class CalendarAdministrationTests {

	private static final LocalDate FRIDAY = LocalDate.parse("2028-03-03");

	private static final LocalDate SATURDAY = LocalDate.parse("2028-03-04");

	private static final LocalDate MONDAY = LocalDate.parse("2028-03-06");

	@LocalServerPort
	int port;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarManagement management;

	@Test
	void administratorChangesSingleDaysAndTheArithmeticSeesThem() {
		SignedInClient admin = admin();
		assertThat(this.calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);

		HttpResponse<String> holiday = admin.postForm("/admin/calendar/days",
				Map.of("date", MONDAY.toString(), "kind", "HOLIDAY", "name", "测试假日"));
		assertThat(holiday.statusCode()).isEqualTo(302);
		assertThat(holiday.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/calendar?year=2028"));
		assertThat(admin.get("/admin/calendar?year=2028").body()).contains("2028年3月6日 已设为：法定节假日", "测试假日");
		assertThat(this.calendar.addWorkingDays(FRIDAY, 1)).isEqualTo("2028-03-07");

		admin.postForm("/admin/calendar/days", Map.of("date", SATURDAY.toString(), "kind", "WORKDAY", "name", "测试调休"));
		assertThat(this.calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(SATURDAY);
		assertThat(this.management.days(2028)).extracting(CalendarDay::date).containsExactly(SATURDAY, MONDAY);

		admin.postForm("/admin/calendar/days", Map.of("date", SATURDAY.toString(), "kind", "NORMAL", "name", ""));
		admin.postForm("/admin/calendar/days", Map.of("date", MONDAY.toString(), "kind", "NORMAL", "name", ""));
		assertThat(this.calendar.addWorkingDays(FRIDAY, 1)).isEqualTo(MONDAY);
		assertThat(this.management.days(2028)).isEmpty();
	}

	@Test
	void aMakeUpWorkingDayMustFallOnAWeekend() {
		SignedInClient admin = admin();

		admin.postForm("/admin/calendar/days", Map.of("date", "2028-03-08", "kind", "WORKDAY", "name", ""));

		assertThat(admin.get("/admin/calendar?year=2028").body()).contains("2028年3月8日 不是周六或周日，不能设为调休上班。");
		assertThat(this.management.days(2028)).isEmpty();
	}

	@Test
	void anInvalidImportStoresNothingAndListsTheLines() {
		SignedInClient admin = admin();
		byte[] file = """
				date,kind,name
				2028-01-01,HOLIDAY,元旦
				2028-01-32,HOLIDAY,元旦
				2028-02-02,WORKDAY,春节
				2027-12-31,HOLIDAY,元旦
				""".getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = admin.postFile("/admin/calendar/import?year=2028", "file", "2028.csv", file);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/calendar?year=2028").body()).contains("文件中有 3 处错误，未导入任何内容",
				"第 3 行：日期“2028-01-32”格式不正确，应为 YYYY-MM-DD", "第 4 行：2028-02-02 不是周六或周日", "第 5 行：日期 2027-12-31 不属于 2028 年",
				"2028年尚未导入节假日安排，当前按周一至周五计算工作日");
		assertThat(this.management.days(2028)).isEmpty();
		assertThat(this.management.loaded(2028)).isEmpty();
		assertThat(this.calendar.coverage(2028).published()).isFalse();
	}

	@Test
	void anOversizedUploadIsRefusedInChinese() {
		SignedInClient admin = admin();

		HttpResponse<String> response = admin.postFile("/admin/calendar/import?year=2028", "file", "2028.csv",
				new byte[5 * 1024 * 1024 / 2]);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/calendar?year=2028"));
		assertThat(admin.get("/admin/calendar?year=2028").body()).contains("文件超过 2 MB 的大小限制，未导入任何内容。");
		assertThat(this.management.loaded(2028)).isEmpty();
	}

	@Test
	void thePageShowsAPublishedYearWithItsHolidays() {
		String page = admin().get("/admin/calendar?year=2026").body();

		assertThat(page).contains("2026年工作日历", "已导入2026年节假日安排", "calendar/holidays-cn.csv", "系统初始化",
				"data-date=\"2026-02-14\" data-type=\"makeup\"", "data-date=\"2026-02-17\" data-type=\"holiday\"", "春节")
			.doesNotContain("data-testid=\"calendar-fallback\"");
	}

	@Test
	void thePageSpeaksEnglishOnRequest() {
		String page = admin().get("/admin/calendar?year=2031&lang=en").body();

		assertThat(page).contains("Working-day calendar 2031", "No holiday arrangement has been imported for 2031",
				"Make-up working day", "January", "Su");
	}

	@Test
	void anUnknownKindOfDayIsRefused() {
		SignedInClient admin = admin();

		admin.postForm("/admin/calendar/days", Map.of("date", "2028-03-08", "kind", "DAYOFF", "name", ""));

		assertThat(admin.get("/admin/calendar?year=2028").body()).contains("类型“DAYOFF”无效");
		assertThat(this.management.days(2028)).isEmpty();
	}

	@Test
	void onlyAdministratorsReachThePage() {
		for (String username : List.of("officer1", "supervisor1", "enterprise1")) {
			SignedInClient client = new SignedInClient(this.port);
			client.signIn(username, "demo");

			HttpResponse<String> page = client.get("/admin/calendar");
			assertThat(page.statusCode()).as(username).isEqualTo(403);
			assertThat(page.body()).contains("无权访问");
		}
	}

	@Test
	void theAdministratorsHomePageLinksToTheCalendar() {
		assertThat(admin().get("/").body()).contains("/admin/calendar", "工作日历（法定节假日与调休上班）");
	}

	private SignedInClient admin() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");
		return admin;
	}

}
