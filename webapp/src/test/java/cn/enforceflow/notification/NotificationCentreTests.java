package cn.enforceflow.notification;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

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
		this.notifications.notify(List.of("officer2"), new Notice("DEADLINE_REMINDER", "notification.deadline.reminder",
				List.of("受理邀约", "YY-2026-000001", "2026-02-24 23:59"), "/"));
		long id = this.notifications.recent("officer2", 1).get(0).id();
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer2", "demo");
		assertThat(officer.get("/notifications").body()).contains("“受理邀约”（业务编号 YY-2026-000001）将于 2026-02-24 23:59 到期",
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
