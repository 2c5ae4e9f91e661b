package cn.enforceflow.platform;

import java.net.http.HttpResponse;

import cn.enforceflow.EnforceFlowApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.platform.web.PageController;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When something breaks inside the application, people read a Chinese 500 page and API
 * clients a problem+json body; neither ever sees a stack trace or the exception's
 * message.
 */
@SpringBootTest(classes = EnforceFlowApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "camunda.bpm.process-engine-name=failures")
@Import(FailureTests.Failing.class)
class FailureTests {

	private static final String SECRET = "jdbc:secret-connection-detail";

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Test
	void aFailingPageShowsTheChinese500Page() {
		SignedInClient client = new SignedInClient(this.port);
		client.signIn("officer1", "demo");

		HttpResponse<String> response = client.get("/test/failing-page");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("系统出现异常", "返回首页")
			.doesNotContain(SECRET, "IllegalStateException", "at cn.enforceflow");
	}

	@Test
	void aFailingApiCallIsAProblemWithoutInternals() throws Exception {
		HttpResponse<String> response = new SignedInClient(this.port).api("/api/test/failing", "officer1", "demo");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("detail").asText()).isEqualTo("系统出现异常，请稍后重试；如仍有问题请联系系统管理员。");
		assertThat(response.body()).doesNotContain(SECRET, "IllegalStateException");
	}

	@TestConfiguration
	static class Failing {

		@PageController
		static class FailingPage {

			@GetMapping("/test/failing-page")
			String fail() {
				throw new IllegalStateException(SECRET);
			}

		}

		@RestController
		static class FailingApi {

			@GetMapping("/api/test/failing")
			String fail() {
				throw new IllegalStateException(SECRET);
			}

		}

	}

}
