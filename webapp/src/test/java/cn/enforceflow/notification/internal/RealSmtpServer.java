package cn.enforceflow.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) on a free loopback port, started before the application
 * context so that the application's mail settings can point at it. Test classes extend
 * this and use the same {@code @SpringBootTest} properties, so that they share one
 * application context.
 */
abstract class RealSmtpServer {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
		// shared by every test class of the run (they share one application context too)
		Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop, "greenmail-stop"));
	}

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
		registry.add("enforceflow.mail.enabled", () -> "true");
		registry.add("enforceflow.mail.poll-interval", () -> "PT1H");
	}

	/** A loopback port nothing listens on: a mail server that is down. */
	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
