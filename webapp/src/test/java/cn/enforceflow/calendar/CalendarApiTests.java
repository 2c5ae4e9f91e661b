package cn.enforceflow.calendar;

import java.net.http.HttpResponse;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class CalendarApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void addsWorkingDaysOverTheSpringFestivalOf2026() throws Exception {
		assertThat(get("/api/calendar/add-working-days?date=2026-02-13&days=1", "officer1").get("date").asText())
			.isEqualTo("2026-02-14");
		assertThat(get("/api/calendar/add-working-days?date=2026-02-13&days=2", "enterprise1").get("date").asText())
			.isEqualTo("2026-02-24");
		assertThat(get("/api/calendar/add-working-days?date=2025-12-31&days=1", "officer1").get("date").asText())
			.isEqualTo("2026-01-04");
	}

	@Test
	void countsWorkingDaysBetweenInBothDirections() throws Exception {
		assertThat(
				get("/api/calendar/working-days-between?from=2025-09-30&to=2025-10-12", "officer1").get("days").asInt())
			.isEqualTo(3);
		assertThat(
				get("/api/calendar/working-days-between?from=2025-10-12&to=2025-09-30", "officer1").get("days").asInt())
			.isEqualTo(-3);
		assertThat(
				get("/api/calendar/working-days-between?from=2025-12-31&to=2026-12-31", "officer1").get("days").asInt())
			.isEqualTo(248);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					add-working-days?days=1                       | 缺少参数 date。
					add-working-days?date=2026-02-13              | 缺少参数 days。
					add-working-days?date=2026/02/13&days=1       | 参数 date 的值“2026/02/13”不是有效的日期，应为 YYYY-MM-DD 格式（例如 2026-02-13）。
					add-working-days?date=2026-02-30&days=1       | 参数 date 的值“2026-02-30”不是有效的日期，应为 YYYY-MM-DD 格式（例如 2026-02-13）。
					add-working-days?date=1800-01-01&days=1       | 参数 date 的日期 1800年1月1日 超出支持的范围（1900 年至 2199 年）。
					add-working-days?date=2026-02-13&days=-1      | 参数 days 的值“-1”无效，应为 0 到 3650 之间的整数。
					add-working-days?date=2026-02-13&days=3651    | 参数 days 的值“3651”无效，应为 0 到 3650 之间的整数。
					add-working-days?date=2026-02-13&days=abc     | 参数 days 的值“abc”无效，应为 0 到 3650 之间的整数。
					working-days-between?to=2026-02-13            | 缺少参数 from。
					working-days-between?from=2026-02-13&to=13.2. | 参数 to 的值“13.2.”不是有效的日期，应为 YYYY-MM-DD 格式（例如 2026-02-13）。
					working-days-between?from=1990-01-01&to=2026-01-01 | from 与 to 相距不能超过 20 年，1990年1月1日至2026年1月1日超过了这一限制。
					""")
	void invalidQueriesAreChineseProblems(String query, String detail) throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/calendar/" + query, "officer1", "demo");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asText()).isEqualTo(detail);
		assertThat(problem.get("title").asText()).isEqualTo("请求有误");
	}

	@Test
	void administratorsReadAYearWithItsSource() throws Exception {
		JsonNode year = get("/api/calendar/years/2026", "admin");

		assertThat(year.get("published").asBoolean()).isTrue();
		assertThat(year.get("source").asText()).isEqualTo("calendar/holidays-cn.csv");
		assertThat(year.get("loadedBy").asText()).isEqualTo("system");
		assertThat(year.get("days")).hasSize(39);
		assertThat(year.get("days").get(0).toString())
			.isEqualTo("{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
	}

	@Test
	void aYearWithoutDataIsReportedAsNotPublished() throws Exception {
		JsonNode year = get("/api/calendar/years/2031", "admin");

		assertThat(year.get("published").asBoolean()).isFalse();
		assertThat(year.has("source")).isFalse();
		assertThat(year.get("days")).isEmpty();
	}

	@Test
	void onlyAdministratorsReadAYear() throws Exception {
		HttpResponse<String> officer = new SignedInClient(this.port).api("/api/calendar/years/2026", "officer1",
				"demo");
		assertThat(officer.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(officer.body()).get("detail").asText()).isEqualTo("您无权执行此操作。");

		assertThat(new SignedInClient(this.port).api("/api/calendar/years/2026", null, null).statusCode())
			.isEqualTo(401);
		assertThat(
				new SignedInClient(this.port).api("/api/calendar/add-working-days?date=2026-02-13&days=1", null, null)
					.statusCode())
			.isEqualTo(401);
	}

	@Test
	void anInvalidYearIsAChineseProblem() throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/calendar/years/20x6", "admin", "demo");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("detail").asText())
			.isEqualTo("年份“20x6”无效，应为 1900 到 2199 之间的四位数字。");
	}

	private JsonNode get(String path, String username) throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api(path, username, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

}
