package cn.enforceflow.identity;

import java.util.Optional;
import java.util.Set;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Enterprise;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The authorization model: a role counts only within the organisation it belongs to.
 */
class AuthorizationTests {

	private static final Department YJJ = new Department(DepartmentCode.of("YJJ"), "应急管理局", DepartmentKind.ENFORCEMENT);

	private static final Department SJJ = new Department(DepartmentCode.of("SJJ"), "市场监督管理局",
			DepartmentKind.ENFORCEMENT);

	private static final Department SFJ = new Department(DepartmentCode.of("SFJ"), "司法局",
			DepartmentKind.JUSTICE_BUREAU);

	private static final Department JWJ = new Department(DepartmentCode.of("JWJ"), "纪委监委",
			DepartmentKind.DISCIPLINE_COMMISSION);

	private static final CreditCode HENGDA = new CreditCode("91320804746832153E");

	private static final CreditCode QINGYUAN = new CreditCode("91320812MA1MQ7R28A");

	private final UserProfile enterprise1 = enterprise("enterprise1", HENGDA);

	private final UserProfile officer1 = staff("officer1", Role.OFFICER, YJJ);

	private final UserProfile officer3 = staff("officer3", Role.OFFICER, SJJ);

	private final UserProfile head1 = staff("head1", Role.DEPT_HEAD, YJJ);

	private final UserProfile supervisor1 = staff("supervisor1", Role.SUPERVISOR, SFJ);

	private final UserProfile bureauhead1 = staff("bureauhead1", Role.BUREAU_HEAD, SFJ);

	private final UserProfile inspector1 = staff("inspector1", Role.DISCIPLINE_INSPECTOR, JWJ);

	private final UserProfile admin = new UserProfile("admin", "系统管理员", Set.of(Role.ADMIN), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty());

	@Test
	void anEnterpriseActsForItselfOnly() {
		assertThat(Authorization.mayActFor(this.enterprise1, HENGDA)).isTrue();
		assertThat(Authorization.mayActFor(this.enterprise1, QINGYUAN)).isFalse();
		assertThat(Authorization.mayActFor(this.officer1, HENGDA)).as("an officer acts for no enterprise").isFalse();
		assertThat(Authorization.scopesOf(this.enterprise1)).containsExactly(DataScope.OWN_ENTERPRISE);
	}

	@Test
	void departmentStaffWorkInTheirOwnDepartmentOnly() {
		assertThat(Authorization.mayWorkIn(this.officer1, YJJ.code())).isTrue();
		assertThat(Authorization.mayWorkIn(this.officer3, YJJ.code())).isFalse();
		assertThat(Authorization.mayWorkIn(this.supervisor1, YJJ.code())).as("supervision is not work").isFalse();
		assertThat(Authorization.holds(this.head1, Role.DEPT_HEAD, YJJ.code())).isTrue();
		assertThat(Authorization.holds(this.officer1, Role.DEPT_HEAD, YJJ.code())).isFalse();
		assertThat(Authorization.scopesOf(this.officer3)).containsExactly(DataScope.OWN_DEPARTMENT);
	}

	@Test
	void theJusticeBureauIsAnOrganisationNotJustARole() {
		assertThat(Authorization.isJusticeBureau(this.supervisor1)).isTrue();
		assertThat(Authorization.isJusticeBureau(this.bureauhead1)).isTrue();
		UserProfile misfiled = staff("misfiled", Role.SUPERVISOR, YJJ);
		assertThat(Authorization.isJusticeBureau(misfiled)).as("a supervisor filed under a department").isFalse();
		assertThat(Authorization.scopesOf(misfiled)).isEmpty();
		assertThat(Authorization.isDisciplineCommission(this.inspector1)).isTrue();
		assertThat(Authorization.isDisciplineCommission(staff("x", Role.DISCIPLINE_INSPECTOR, SFJ))).isFalse();
	}

	@Test
	void nobodyOverseesConfidentialCasesNotEvenAdministrators() {
		assertThat(Authorization.overseesCases(this.supervisor1, false)).isTrue();
		assertThat(Authorization.overseesCases(this.admin, false)).isTrue();
		assertThat(Authorization.overseesCases(this.officer1, false)).isFalse();
		assertThat(Authorization.overseesCases(this.supervisor1, true)).isFalse();
		assertThat(Authorization.overseesCases(this.admin, true)).isFalse();
		assertThat(Authorization.mayHandleClues(this.supervisor1)).isTrue();
		assertThat(Authorization.mayHandleClues(this.inspector1)).isTrue();
		assertThat(Authorization.mayHandleClues(this.head1)).isFalse();
		assertThat(Authorization.mayHandleClues(this.admin)).isFalse();
	}

	@Test
	void figuresAreForTheBureauAdministratorsAndTheirOwnHead() {
		assertThat(Authorization.maySeeFiguresOf(this.supervisor1, SJJ.code())).isTrue();
		assertThat(Authorization.maySeeFiguresOf(this.admin, SJJ.code())).isTrue();
		assertThat(Authorization.maySeeFiguresOf(this.head1, YJJ.code())).isTrue();
		assertThat(Authorization.maySeeFiguresOf(this.head1, SJJ.code())).isFalse();
		assertThat(Authorization.maySeeFiguresOf(this.officer1, YJJ.code())).isFalse();
	}

	@Test
	void caseRecordsAreForAdministratorsAndSupervisors() {
		assertThat(Authorization.mayReadCaseRecords(this.admin)).isTrue();
		assertThat(Authorization.mayReadCaseRecords(this.supervisor1)).isTrue();
		assertThat(Authorization.mayReadCaseRecords(this.bureauhead1)).isFalse();
		assertThat(Authorization.mayReadCaseRecords(this.officer1)).isFalse();
	}

	@Test
	void requireRefusesWithAccessDenied() {
		assertThatNoException().isThrownBy(() -> Authorization.require(this.admin, Authorization::isAdministrator));
		assertThatThrownBy(() -> Authorization.require(this.officer1, Authorization::isAdministrator))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static UserProfile staff(String username, Role role, Department department) {
		return new UserProfile(username, username, Set.of(role), Optional.of(department), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	private static UserProfile enterprise(String username, CreditCode code) {
		return new UserProfile(username, username, Set.of(Role.ENTERPRISE), Optional.empty(),
				Optional.of(new Enterprise(code, "企业", null, null, null, null)), Optional.empty(), Optional.empty());
	}

}
