package cn.enforceflow.integrations.mail;

import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpMailGatewayTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Test
	void deliversChineseMailToARealSmtpServer() throws Exception {
		SmtpMailGateway gateway = new SmtpMailGateway(sender(smtp.getSmtp().getPort()), "noreply@enforceflow.example");

		gateway.send(new OutgoingMail("officer1@yjj.huaian.example", "【提醒】任务即将到期", "“受理邀约”将于2026年2月24日到期。"));

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("【提醒】任务即将到期");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString()).contains("受理邀约");
	}

	@Test
	void anUnreachableServerIsADeliveryFailure() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SmtpMailGateway gateway = new SmtpMailGateway(sender(closedPort), "noreply@enforceflow.example");

		assertThatThrownBy(() -> gateway.send(new OutgoingMail("a@b.example", "s", "b")))
			.isInstanceOf(MailDeliveryException.class)
			.hasMessageContaining("a@b.example");
	}

	private static JavaMailSenderImpl sender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

}
