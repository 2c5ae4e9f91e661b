package cn.enforceflow.notification.internal;

import java.util.List;

import cn.enforceflow.EnforceFlowApplication;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications go out by mail through a real SMTP server (GreenMail); a server that
 * cannot be reached never fails the caller, and the mail goes out on a later attempt.
 */
@SpringBootTest(classes = EnforceFlowApplication.class, properties = "camunda.bpm.process-engine-name=mail")
class MailOutboxTests extends RealSmtpServer {

	@Autowired
	Notifications notifications;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MailOutboxEntries outbox;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyMailbox() throws Exception {
		this.dispatcher.dispatchDue();
		smtp.purgeEmailFromAllMailboxes();
		this.mailSender.setPort(smtp.getSmtp().getPort());
	}

	@Test
	void aNotificationIsMailedInChinese() throws Exception {
		this.notifications.notify(List.of("officer1"),
				new Notice("DEADLINE_REMINDER", "notification.title", List.of(), "/notifications"));

		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("officer1@yjj.huaian.example");
		assertThat(received[0].getSubject()).isEqualTo("【执法协同与监督流程平台】通知中心");
		assertThat(received[0].getContent().toString()).contains("查看详情：http://localhost:8080/notifications");
		assertThat(this.outbox.findByRecipientOrderByIdDesc("officer1").get(0).status())
			.isEqualTo(MailOutboxEntity.Status.SENT);
	}

	@Test
	void anUnreachableServerDelaysTheMailButNeverTheCaller() throws Exception {
		this.mailSender.setPort(closedPort());

		// the caller's work completes whatever the mail server does
		this.notifications.notify(List.of("officer2"), new Notice("GENERAL", "notification.title", List.of(), null));
		assertThat(this.notifications.unreadCount("officer2")).isPositive();

		assertThat(this.dispatcher.dispatchDue()).isZero();
		MailOutboxEntity failed = this.outbox.findByRecipientOrderByIdDesc("officer2").get(0);
		assertThat(failed.status()).isEqualTo(MailOutboxEntity.Status.PENDING);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttemptAt()).isAfter(java.time.Instant.now());
		assertThat(smtp.getReceivedMessages()).isEmpty();

		// the server is back and the next attempt is due
		this.mailSender.setPort(smtp.getSmtp().getPort());
		this.jdbc.update("update mail_outbox set next_attempt_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), failed.id());
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		MailOutboxEntity sent = this.outbox.findById(failed.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(MailOutboxEntity.Status.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
	}

	@Test
	void aMailIsGivenUpAfterItsLastAttempt() {
		MailOutboxEntity mail = new MailOutboxEntity("officer1", "officer1@yjj.huaian.example", "s", "b",
				java.time.Instant.parse("2026-11-22T00:00:00Z"));
		java.time.Instant now = java.time.Instant.parse("2026-11-22T00:00:00Z");
		for (int attempt = 1; attempt <= 3; attempt++) {
			mail.claim(now, java.time.Duration.ofMinutes(5));
			mail.failed("refused", now, 3, java.time.Duration.ofMinutes(1));
		}

		assertThat(mail.status()).isEqualTo(MailOutboxEntity.Status.FAILED);
		assertThat(mail.attempts()).isEqualTo(3);
	}

}
