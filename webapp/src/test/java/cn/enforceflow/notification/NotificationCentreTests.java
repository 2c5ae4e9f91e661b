package cn.enforceflow.notification;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.platform.i18n.ProcessTexts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@FullApplication
class NotificationCentreTests {

	@Autowired
	Notifications notifications;

	@Autowired
	ObjectMapper json;

	@LocalServerPort
	int port;

	@Test
	void aNoticeReachesEachRecipientInTheirLanguage() throws Exception {
		long before = this.notifications.unreadCount("supervisor2");

		this.notifications.notify(List.of("supervisor2", "supervisor2", "nobody-such"),
				new Notice("GENERAL", "notification.title", List.of(), "/notifications"));

		assertThat(this.notifications.unreadCount("supervisor2")).isEqualTo(before + 1);
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("supervisor2", "demo");
		HttpResponse<String> page = browser.get("/notifications");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("通知中心", "data-testid=\"unread-count\"");
		JsonNode api = this.json.readTree(browser.api("/api/notifications", "supervisor2", "demo").body());
		assertThat(api.get(0).get("text").asText()).isEqualTo("通知中心");
		assertThat(api.get(0).get("unread").asBoolean()).isTrue();
	}

	@Test
	void onlyTheRecipientMarksANotificationRead() {
		this.notifications.notify(List.of("bureauhead1"), new Notice("GENERAL", "notification.title", List.of(), null));
		Notification received = this.notifications.recent("bureauhead1", 1).get(0);

		assertThat(this.notifications.markRead("supervisor1", received.id())).isFalse();
		assertThat(this.notifications.recent("bureauhead1", 1).get(0).unread()).isTrue();
		assertThat(this.notifications.markRead("bureauhead1", received.id())).isTrue();
		assertThat(this.notifications.recent("bureauhead1", 1).get(0).unread()).isFalse();
	}

	@Test
	void theRecipientMarksANotificationReadOnThePage() {
		this.notifications.notify(List.of("officer2"),
				new Notice("DEADLINE_REMINDER", "notification.deadline.reminder",
						List.of(ProcessTexts.stepLabel("invitation", "UserTask_AcceptInvitation", "受理邀约"),
								"YY-2026-000001", Instant.parse("2026-02-24T15:59:00Z")),
						"/"));
		long id = this.notifications.recent("officer2", 1).get(0).id();
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer2", "demo");
		assertThat(officer.get("/notifications").body()).contains("“受理邀约”（业务编号 YY-2026-000001）将于 2026年2月24日 23:59 到期",
				"/notifications/" + id + "/read");

		HttpResponse<String> marked = officer.postForm("/notifications/" + id + "/read", Map.of());

		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(this.notifications.recent("officer2", 1).get(0).unread()).isFalse();
		// someone else's form post changes nothing
		this.notifications.notify(List.of("officer2"), new Notice("GENERAL", "notification.title", List.of(), null));
		long other = this.notifications.recent("officer2", 1).get(0).id();
		SignedInClient stranger = new SignedInClient(this.port);
		stranger.signIn("officer3", "demo");
		stranger.postForm("/notifications/" + other + "/read", Map.of());
		assertThat(this.notifications.recent("officer2", 1).get(0).unread()).isTrue();
	}

	@Test
	void datesAndStepNamesOfANoticeAreReadInTheReadersLanguage() throws Exception {
		LocalDate day = LocalDate.of(2026, 12, 14);
		Notice notice = new Notice("GENERAL", "notification.deadline.reminder", List
			.of(ProcessTexts.stepLabel("invitation", "UserTask_RecordInspection", "记录检查结果"), "YY-2026-000002", day),
				null);
		this.notifications.notify(List.of("officer3"), notice);

		assertThat(this.notifications.recent("officer3", 1).get(0).arguments()).element(2).isEqualTo(day);
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer3", "demo");
		assertThat(officer.get("/notifications").body()).contains("“记录检查结果”（业务编号 YY-2026-000002）将于 2026年12月14日 到期");
		assertThat(officer.get("/notifications?lang=en").body())
			.contains("&quot;Record the inspection&quot; (case YY-2026-000002) is due on December 14, 2026.");
		JsonNode api = this.json
			.readTree(new SignedInClient(this.port).api("/api/notifications?lang=en", "officer3", "demo").body());
		assertThat(api.get(0).get("text").asText()).isEqualTo(
				"\"Record the inspection\" (case YY-2026-000002) is due on December 14, 2026. Please act on it in time.");
	}

	@Test
	void aNoticeRefusesArgumentsItCannotStore() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice("GENERAL", "notification.title", List.of(Integer.valueOf(3)), null));
	}

	@Test
	void markingAllReadClearsTheCount() {
		this.notifications.notify(List.of("inspector1"), new Notice("GENERAL", "notification.title", List.of(), null));
		this.notifications.notify(List.of("inspector1"), new Notice("GENERAL", "notification.title", List.of(), null));

		this.notifications.markAllRead("inspector1");

		assertThat(this.notifications.unreadCount("inspector1")).isZero();
	}

	@Test
	void someoneElsesNotificationIsNotFoundInTheApi() {
		this.notifications.notify(List.of("head1"), new Notice("GENERAL", "notification.title", List.of(), null));
		long id = this.notifications.recent("head1", 1).get(0).id();

		HttpResponse<String> response = new SignedInClient(this.port).apiPost("/api/notifications/" + id + "/read",
				"legal1", "demo");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("不存在");
	}

}
