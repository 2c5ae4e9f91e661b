package cn.enforceflow.deadline;

import java.net.http.HttpResponse;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 办理时限规则 — administrators see every deadline policy, in Chinese by default; nobody else
 * does.
 */
@FullApplication
class DeadlinePoliciesPageTests {

	@LocalServerPort
	int port;

	@Test
	void administratorSeesEveryPolicyInChinese() {
		HttpResponse<String> page = signedIn("admin").get("/admin/deadlines");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("办理时限规则", "邀约式执法检查", "首违不罚", "问题线索移送", "受理邀约", "2 个工作日",
				"剩余 1 个工作日时提醒（当日 09:00）", "P2WD · P2WD@09:00", "60 个自然日", "P60CD · P60CD-5WD@09:00",
				"name=\"viewport\"");
		assertThat(page.body().split("data-policy=\"", -1)).hasSize(22);
	}

	@Test
	void administratorCanReadItInEnglish() {
		HttpResponse<String> page = signedIn("admin").get("/admin/deadlines?lang=en");

		assertThat(page.body()).contains("Deadline policies", "Accept the invitation", "2 working day(s)",
				"60 calendar day(s)", "When 1 working day(s) are left (09:00 that day)");
	}

	@Test
	void adminHomeLinksThePage() {
		assertThat(signedIn("admin").get("/").body()).contains("href=\"/admin/deadlines\"", "办理时限规则");
	}

	@Test
	void othersMayNotSeeIt() {
		assertThat(signedIn("supervisor1").get("/admin/deadlines").statusCode()).isEqualTo(403);
	}

	private SignedInClient signedIn(String username) {
		SignedInClient browser = new SignedInClient(this.port);
		browser.signIn(username, "demo");
		return browser;
	}

}
