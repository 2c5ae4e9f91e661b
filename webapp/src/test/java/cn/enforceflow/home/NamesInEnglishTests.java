package cn.enforceflow.home;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In English mode the names that come from data and from the engine — departments,
 * processes, steps — read in English too, on the home page, in 我的工作, on the task, the
 * case and the invitation; in Chinese as they are stored.
 */
@FullApplication
class NamesInEnglishTests {

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	@LocalServerPort
	int port;

	@Autowired
	InboxFixture fixture;

	@Test
	void theDispatcherReadsTheStepTheProcessAndTheDepartmentInTheirLanguage() {
		String invitation = this.fixture.submit(YJJ);
		String task = this.fixture.task(invitation, "UserTask_AcceptInvitation").getId();
		SignedInClient dispatcher = signedIn("dispatcher1");

		assertThat(dispatcher.get("/").body()).contains("受理邀约", "邀约式执法检查", "应急管理局");
		assertThat(dispatcher.get("/?lang=en").body()).contains("Accept the invitation", "Invitation-style inspection",
				"Emergency Management Bureau");
		assertThat(dispatcher.get("/tasks?view=group").body()).contains("Accept the invitation")
			.doesNotContain("受理邀约</a>");
		assertThat(dispatcher.get("/tasks/" + task).body()).contains(">Accept the invitation</h1>",
				"Invitation-style inspection");
		assertThat(dispatcher.get("/cases/" + invitation).body()).contains("Invitation-style inspection",
				"Accept the invitation");
		assertThat(dispatcher.get("/invitations/" + invitation).body()).contains("Emergency Management Bureau",
				"Accept the invitation");
		assertThat(dispatcher.get("/invitations/" + invitation + "?lang=zh_CN").body()).contains("应急管理局", "受理邀约");
	}

	@Test
	void administratorsReadDeployedProcessesAndDepartmentsInEnglish() {
		String home = signedIn("admin").get("/?lang=en").body();

		assertThat(home)
			.contains("Invitation-style inspection", "Emergency Management Bureau", "Market Supervision Administration",
					"Commission for Discipline Inspection and Supervision")
			.doesNotContain("<td>应急管理局</td>");
		assertThat(signedIn("admin").get("/admin/deadlines?lang=en").body())
			.contains("<h2>Invitation-style inspection</h2>", "<h2>Clue referral</h2>");
	}

	@Test
	void theJusticeBureauAndThePublicReadDepartmentsInEnglish() {
		assertThat(signedIn("supervisor1").get("/?lang=en").body()).contains("<td>Emergency Management Bureau</td>");
		assertThat(new SignedInClient(this.port).get("/public/inspection-items?lang=en").body())
			.contains("<h2>Emergency Management Bureau</h2>");
		assertThat(new SignedInClient(this.port).get("/public/inspection-items").body()).contains("<h2>应急管理局</h2>");
	}

	@Test
	void aDepartmentHeadReadsWhomDocumentsAreServedTo() {
		assertThat(signedIn("head1").get("/documents?lang=en").body()).contains("Emergency Management Bureau");
	}

	private SignedInClient signedIn(String username) {
		SignedInClient client = new SignedInClient(this.port);
		client.signIn(username, InboxFixture.PASSWORD);
		return client;
	}

}
