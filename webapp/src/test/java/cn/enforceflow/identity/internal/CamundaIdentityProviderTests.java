package cn.enforceflow.identity.internal;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The engine's identity service reads the demo accounts: users, the groups
 * {@link CandidateGroups} gives them, passwords, and no tenants.
 */
@FullApplication
class CamundaIdentityProviderTests {

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	private static final CreditCode HENGDA = new CreditCode("91320804746832153E");

	@Autowired
	IdentityService identityService;

	@Autowired
	ProcessEngine engine;

	@LocalServerPort
	int port;

	@Test
	void findsUserWithDisplayNameAsFirstName() {
		User officer = this.identityService.createUserQuery().userId("officer1").singleResult();

		assertThat(officer.getFirstName()).isEqualTo("刘洋");
		assertThat(officer.getLastName()).isEmpty();
		assertThat(officer.getEmail()).isNull();
		assertThat(this.identityService.createUserQuery().userId("nobody").singleResult()).isNull();
	}

	@Test
	void officerBelongsToTheGroupOfRoleAndDepartment() {
		List<Group> groups = this.identityService.createGroupQuery().groupMember("officer1").list();

		assertThat(groups).extracting(Group::getId).containsExactly("YJJ.OFFICER");
		assertThat(groups).extracting(Group::getName).containsExactly("应急管理局 执法人员");
		assertThat(groups).extracting(Group::getType).containsExactly("WORKFLOW");
	}

	@Test
	void groupMembersAreTheUsersWithThatRoleInThatDepartment() {
		List<User> dispatchers = this.identityService.createUserQuery().memberOfGroup("YJJ.DISPATCHER").list();

		assertThat(dispatchers).extracting(User::getId).containsExactlyInAnyOrder("dispatcher1", "dispatcher2");
		assertThat(this.identityService.createUserQuery().memberOfGroup("YJJ.DISPATCHER").count()).isEqualTo(2);
	}

	@Test
	void enterpriseUserBelongsToTheGroupOfTheEnterprise() {
		Group enterprise = this.identityService.createGroupQuery().groupMember("enterprise1").singleResult();

		assertThat(enterprise.getId()).isEqualTo("ENT.91320804746832153E");
		assertThat(enterprise.getName()).isEqualTo("淮安市恒达化工有限公司");
		assertThat(enterprise.getType()).isEqualTo("ENTERPRISE");
	}

	@Test
	void adminBelongsToCamundaAdmin() {
		Group admins = this.identityService.createGroupQuery().groupId(CandidateGroups.CAMUNDA_ADMIN).singleResult();

		assertThat(admins.getName()).isEqualTo("Camunda 管理员");
		assertThat(admins.getType()).isEqualTo("SYSTEM");
		assertThat(this.identityService.createUserQuery().memberOfGroup(CandidateGroups.CAMUNDA_ADMIN).list())
			.extracting(User::getId)
			.containsExactly("admin");
	}

	@Test
	void checksPasswordAgainstTheStoredHash() {
		assertThat(this.identityService.checkPassword("admin", "demo")).isTrue();
		assertThat(this.identityService.checkPassword("admin", "wrong")).isFalse();
		assertThat(this.identityService.checkPassword("nobody", "demo")).isFalse();
	}

	@Test
	void queriesFilterSortAndPage() {
		assertThat(this.identityService.createUserQuery().userFirstNameLike("%明%").list()).extracting(User::getId)
			.contains("dispatcher1")
			.doesNotContain("officer1");
		assertThat(this.identityService.createUserQuery().userIdIn("officer2", "officer1").list())
			.extracting(User::getId)
			.containsExactly("officer1", "officer2");
		List<String> descending = this.identityService.createUserQuery()
			.orderByUserId()
			.desc()
			.list()
			.stream()
			.map(User::getId)
			.toList();
		assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder()).contains("admin", "officer1");
		assertThat(this.identityService.createUserQuery().orderByUserId().desc().listPage(1, 2)).extracting(User::getId)
			.isEqualTo(descending.subList(1, 3));
		assertThat(this.identityService.createGroupQuery().groupType("WORKFLOW").groupNameLike("司法局%").list())
			.extracting(Group::getId)
			.containsExactly("SFJ.BUREAU_HEAD", "SFJ.SUPERVISOR");
		assertThat(this.identityService.createGroupQuery().groupIdIn("YJJ.OFFICER", "SJJ.OFFICER").count())
			.isEqualTo(2);
	}

	@Test
	void hasNoTenantsAndIsReadOnly() {
		assertThat(this.identityService.createTenantQuery().count()).isZero();
		assertThat(this.identityService.isReadOnly()).isTrue();
	}

	@Test
	void adminEntersCockpitWithCamundaAdminGroup() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");

		// tests give the engine a unique name instead of "default"
		assertThat(admin.get("/camunda/app/cockpit/" + this.engine.getName() + "/").statusCode()).isEqualTo(200);
		// the session cookie signs this in, not HTTP Basic
		HttpResponse<String> user = admin.api("/camunda/api/admin/auth/user/" + this.engine.getName(), null, null);
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"admin\"").contains("\"cockpit\"").contains("\"admin\"");
	}

	@Test
	void officerStaysOutOfCockpit() {
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer1", "demo");

		assertThat(officer.get("/camunda/app/cockpit/" + this.engine.getName() + "/").statusCode()).isEqualTo(403);
	}

	@Nested
	class Rules {

		@Test
		void departmentRoleIsDepartmentDotRole() {
			assertThat(CandidateGroups.of(Role.DISPATCHER, Optional.of(YJJ), Optional.empty()))
				.containsExactly("YJJ.DISPATCHER");
			assertThat(CandidateGroups.of(Role.SUPERVISOR, Optional.of(DepartmentCode.of("SFJ")), Optional.empty()))
				.containsExactly("SFJ.SUPERVISOR");
			assertThat(CandidateGroups.of(Role.OFFICER, Optional.empty(), Optional.empty())).isEmpty();
		}

		@Test
		void enterpriseIsEntDotCreditCode() {
			assertThat(CandidateGroups.of(Role.ENTERPRISE, Optional.empty(), Optional.of(HENGDA)))
				.containsExactly("ENT.91320804746832153E");
			assertThat(CandidateGroups.of(Role.ENTERPRISE, Optional.of(YJJ), Optional.empty())).isEmpty();
		}

		@Test
		void adminIsCamundaAdmin() {
			assertThat(CandidateGroups.of(Role.ADMIN, Optional.empty(), Optional.empty()))
				.containsExactly("camunda-admin");
		}

		@Test
		void rejectsDepartmentGroupForRoleWithoutDepartment() {
			assertThatIllegalArgumentException().isThrownBy(() -> CandidateGroups.departmentRole(YJJ, Role.ADMIN));
			assertThatIllegalArgumentException().isThrownBy(() -> CandidateGroups.departmentRole(YJJ, Role.ENTERPRISE));
		}

		@Test
		void matchesTheGroupsTheInvitationModelAssigns() {
			assertThat(CandidateGroups.departmentRole(YJJ, Role.DISPATCHER))
				.isEqualTo(InvitationModel.dispatcherGroup("YJJ"));
			assertThat(CandidateGroups.enterprise(HENGDA)).isEqualTo(InvitationModel.enterpriseGroup(HENGDA.value()));
		}

	}

}
