package cn.enforceflow;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: a second node on the same database serves the session a user opened on the
 * first, and signing out on one ends it on both. In the MySQL suite both nodes share the
 * MySQL database.
 */
@FullApplication
class TwoNodeSessionTests {

	private static ConfigurableApplicationContext secondNode;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startSecondNode() {
		// same database, its own engine name: both engines live in this one JVM
		secondNode = new SpringApplicationBuilder(EnforceFlowApplication.class).run("--server.port=0",
				"--camunda.bpm.process-engine-name=node2",
				"--camunda.bpm.generate-unique-process-application-name=true");
	}

	@AfterAll
	static void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	@Test
	void secondNodeServesTheSessionOpenedOnTheFirst() {
		SignedInClient browser = new SignedInClient(this.port);
		assertThat(browser.signIn("officer1", "demo").statusCode()).isEqualTo(302);
		String session = browser.sessionCookie();
		assertThat(session).isNotBlank();

		HttpResponse<String> onSecondNode = browser.moveTo(secondNodePort()).get("/");

		assertThat(onSecondNode.statusCode()).isEqualTo(200);
		assertThat(onSecondNode.body()).contains("执法人员工作台", "刘洋");
		assertThat(browser.sessionCookie()).isEqualTo(session);
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnBoth() {
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn("enterprise1", "demo");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> signOut = browser.moveTo(secondNodePort()).signOut();
		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?logout"));

		HttpResponse<String> back = browser.moveTo(this.port).get("/");
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	private static int secondNodePort() {
		return ((ServletWebServerApplicationContext) secondNode).getWebServer().getPort();
	}

}
