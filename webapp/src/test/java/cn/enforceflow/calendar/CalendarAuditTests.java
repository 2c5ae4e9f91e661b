package cn.enforceflow.calendar;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every calendar edit enters the audit trail with who made it and the day or year before
 * and after. Changes are made in 2029, which no other test uses, and undone.
 */
@FullApplication
class CalendarAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	CalendarManagement management;

	@Test
	void settingAndResettingADayRecordsItsKindBeforeAndAfter() {
		SignedInClient admin = admin();

		admin.postForm("/admin/calendar/days", Map.of("date", "2029-03-05", "kind", "HOLIDAY", "name", "审计假日"));
		AuditEntry set = this.trail.latest(1).get(0);
		admin.postForm("/admin/calendar/days", Map.of("date", "2029-03-05", "kind", "NORMAL", "name", ""));
		AuditEntry reset = this.trail.latest(1).get(0);

		assertThat(set.action()).isEqualTo("CALENDAR_DAY_SET");
		assertThat(set.actor()).isEqualTo("admin");
		assertThat(set.subjectType()).isEqualTo("CALENDAR_DAY");
		assertThat(set.subjectId()).isEqualTo("2029-03-05");
		assertThat(set.before()).isEqualTo("{\"kind\":\"NORMAL\"}");
		assertThat(set.after()).isEqualTo("{\"kind\":\"HOLIDAY\",\"name\":\"审计假日\"}");
		assertThat(reset.action()).isEqualTo("CALENDAR_DAY_RESET");
		assertThat(reset.before()).isEqualTo("{\"kind\":\"HOLIDAY\",\"name\":\"审计假日\"}");
		assertThat(reset.after()).isEqualTo("{\"kind\":\"NORMAL\"}");
		assertThat(this.management.days(2029)).isEmpty();
	}

	@Test
	void importingAYearRecordsTheDaysItReplaced() {
		SignedInClient admin = admin();
		admin.postForm("/admin/calendar/days", Map.of("date", "2029-01-01", "kind", "HOLIDAY", "name", "旧元旦"));
		byte[] file = """
				date,kind,name
				2029-01-01,HOLIDAY,元旦
				2029-04-28,WORKDAY,劳动节调休
				""".getBytes(StandardCharsets.UTF_8);

		admin.postFile("/admin/calendar/import?year=2029", "file", "holidays-2029.csv", file);

		AuditEntry imported = this.trail.latest(1).get(0);
		assertThat(imported.action()).isEqualTo("CALENDAR_YEAR_IMPORTED");
		assertThat(imported.subjectId()).isEqualTo("2029");
		assertThat(imported.before())
			.isEqualTo("{\"count\":1,\"days\":{\"2029-01-01\":\"HOLIDAY 旧元旦\"},\"source\":null}");
		assertThat(imported.after()).isEqualTo("{\"count\":2,\"days\":{\"2029-01-01\":\"HOLIDAY 元旦\","
				+ "\"2029-04-28\":\"WORKDAY 劳动节调休\"},\"source\":\"holidays-2029.csv\"}");
		assertThat(this.management.days(2029)).extracting(CalendarDay::name).containsExactly("元旦", "劳动节调休");
		assertThat(this.trail.verify().valid()).isTrue();

		for (String date : List.of("2029-01-01", "2029-04-28")) {
			admin.postForm("/admin/calendar/days", Map.of("date", date, "kind", "NORMAL", "name", ""));
		}
	}

	private SignedInClient admin() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");
		return admin;
	}

}
