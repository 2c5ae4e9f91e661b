package cn.enforceflow.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.enforceflow.KeycloakApplication;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.organization.DepartmentCode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine reads users and groups from Keycloak (the community plugin), under the same
 * names the tasks' candidate groups use, so the tasks the engine offers and the roles the
 * application grants agree.
 */
class KeycloakEngineIdentityTests extends KeycloakApplication {

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	InboxFixture fixture;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void usersAndGroupsComeFromKeycloakUnderTheCandidateGroupNames() {
		assertThat(this.identity.createGroupQuery().groupMember("officer1").list()).extracting(Group::getId)
			.containsExactly("YJJ.OFFICER");
		assertThat(this.identity.createGroupQuery().groupMember("enterprise2").list()).extracting(Group::getId)
			.containsExactly("ENT.91320812MA1MQ7R28A");
		assertThat(this.identity.createUserQuery().memberOfGroup("YJJ.DISPATCHER").list()).extracting(User::getId)
			.containsExactlyInAnyOrder("dispatcher1", "dispatcher2");
		User officer3 = this.identity.createUserQuery().userId("officer3").singleResult();
		assertThat(officer3.getLastName() + officer3.getFirstName()).isEqualTo("孙丽");
		assertThat(this.identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
			.containsExactly("camunda-admin");
	}

	@Test
	void aDepartmentsTaskReachesItsKeycloakUsersAndNobodyElse() throws Exception {
		String invitation = this.fixture.submit(DepartmentCode.of("YJJ"));
		ProcessInstance instance = this.fixture.instance(invitation);
		try {
			assertThat(this.tasks.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskCandidateUser("dispatcher1")
				.count()).isEqualTo(1);
			assertThat(this.tasks.createTaskQuery()
				.processInstanceId(instance.getId())
				.taskCandidateUser("officer3")
				.count()).isZero();

			String dispatcher = keycloak().accessToken("dispatcher2", "demo");
			assertThat(get("/api/tasks?view=group&size=100", dispatcher).body()).contains(invitation);
			assertThat(get("/api/cases/" + invitation + "/timeline", dispatcher).statusCode()).isEqualTo(200);
			String elsewhere = keycloak().accessToken("officer3", "demo");
			assertThat(get("/api/tasks?view=group&size=100", elsewhere).body()).doesNotContain(invitation);
			assertThat(get("/api/cases/" + invitation + "/timeline", elsewhere).statusCode()).isEqualTo(404);
		}
		finally {
			this.runtime.deleteProcessInstance(instance.getId(), "test over");
		}
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
