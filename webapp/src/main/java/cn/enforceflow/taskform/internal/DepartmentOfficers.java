package cn.enforceflow.taskform.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormOption;
import cn.enforceflow.taskform.FormOptionSource;
import org.springframework.stereotype.Component;

/**
 * {@code departmentOfficers}: the officers (执法人员) of the case's department, else of the
 * user's, whose enforcement certificate is valid today — only they may inspect. The label
 * shows the certificate number (执法证号), as the officers show it on site.
 */
@Component
class DepartmentOfficers implements FormOptionSource {

	static final String NAME = "departmentOfficers";

	private final Users users;

	private final Clock clock;

	DepartmentOfficers(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<FormOption> options(FormContext context) {
		Optional<DepartmentCode> department = context.attribute(FormContext.DEPARTMENT_CODE)
			.map((code) -> DepartmentCode.of(code.toString()))
			.or(() -> context.user().department().map(Department::code));
		if (department.isEmpty()) {
			return List.of();
		}
		LocalDate today = DateBound.today(this.clock);
		return this.users.membersOf(CandidateGroups.departmentRole(department.get(), Role.OFFICER))
			.stream()
			.filter((officer) -> officer.certificate().filter((c) -> c.isValidOn(today)).isPresent())
			.map((officer) -> {
				EnforcementCertificate certificate = officer.certificate().orElseThrow();
				return FormOption.ofMessage(officer.username(), "form.option.officer", officer.displayName(),
						certificate.number());
			})
			.toList();
	}

}
