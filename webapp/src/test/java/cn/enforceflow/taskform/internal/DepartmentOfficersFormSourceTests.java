package cn.enforceflow.taskform.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@code departmentOfficers} offers only officers whose certificate is valid today, in
 * Beijing.
 */
class DepartmentOfficersFormSourceTests {

	private static final Department YJJ = new Department(DepartmentCode.of("YJJ"), "应急管理局", DepartmentKind.ENFORCEMENT);

	private final Users users = mock(Users.class);

	private final UserProfile dispatcher = person("dispatcher1", "张明", Role.DISPATCHER, null);

	@Test
	void offersTheOfficersOfTheUsersDepartmentWithAValidCertificate() {
		given(this.users.membersOf("YJJ.OFFICER")).willReturn(List.of(
				person("officer1", "刘洋", Role.OFFICER, new EnforcementCertificate("32080020260001", day(2028, 12, 31))),
				person("officer2", "赵磊", Role.OFFICER, new EnforcementCertificate("32080020260002", day(2027, 6, 30))),
				person("officer9", "钱进", Role.OFFICER, null)));

		List<FormOption> options = officersOn("2027-06-30T15:59:59Z", Map.of());

		assertThat(options).extracting(FormOption::value).containsExactly("officer1", "officer2");
		MessageSourceResolvable label = options.get(0).label();
		assertThat(label.getCodes()).containsExactly("form.option.officer");
		assertThat(label.getArguments()).containsExactly("刘洋", "32080020260001");
	}

	@Test
	void dropsAnOfficerOnTheDayAfterTheCertificateExpiresInBeijing() {
		given(this.users.membersOf("YJJ.OFFICER")).willReturn(List.of(person("officer2", "赵磊", Role.OFFICER,
				new EnforcementCertificate("32080020260002", day(2027, 6, 30)))));

		// 16:00 UTC on 30 June is already 1 July in Beijing
		assertThat(officersOn("2027-06-30T16:00:00Z", Map.of())).isEmpty();
	}

	@Test
	void prefersTheDepartmentOfTheCase() {
		given(this.users.membersOf("SJJ.OFFICER")).willReturn(List.of(person("officer3", "孙丽", Role.OFFICER,
				new EnforcementCertificate("32080020260101", day(2028, 3, 31)))));

		assertThat(officersOn("2026-11-19T02:00:00Z", Map.of(FormContext.DEPARTMENT_CODE, DepartmentCode.of("SJJ"))))
			.extracting(FormOption::value)
			.containsExactly("officer3");
		assertThat(officersOn("2026-11-19T02:00:00Z", Map.of(FormContext.DEPARTMENT_CODE, "SJJ")))
			.extracting(FormOption::value)
			.containsExactly("officer3");
	}

	@Test
	void offersNobodyToSomeoneWithoutADepartment() {
		UserProfile enterprise = new UserProfile("enterprise1", "王建国", Set.of(Role.ENTERPRISE), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty());
		DepartmentOfficers officers = new DepartmentOfficers(this.users, Clock.systemUTC());

		assertThat(officers
			.options(new FormContext(enterprise, "invitation", "UserTask_AcceptInvitation", null, null, Map.of())))
			.isEmpty();
	}

	private List<FormOption> officersOn(String instant, Map<String, Object> attributes) {
		DepartmentOfficers officers = new DepartmentOfficers(this.users,
				Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
		return officers.options(new FormContext(this.dispatcher, "invitation", "UserTask_AcceptInvitation", "pi-1",
				"YY-2026-000001", attributes));
	}

	private static UserProfile person(String username, String name, Role role, EnforcementCertificate certificate) {
		return new UserProfile(username, name, Set.of(role), Optional.of(YJJ), Optional.empty(),
				Optional.ofNullable(certificate), Optional.empty());
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
