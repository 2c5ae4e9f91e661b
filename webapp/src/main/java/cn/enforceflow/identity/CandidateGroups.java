package cn.enforceflow.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Enterprise;

/**
 * The Camunda group ids of EnforceFlow users, and so the candidate groups of user tasks:
 * {@code YJJ.DISPATCHER} for the dispatchers of 应急管理局, {@code ENT.<credit code>} for the
 * people acting for an enterprise, {@code camunda-admin} for administrators. Whatever
 * identity provider the engine uses must produce exactly these ids.
 */
public final class CandidateGroups {

	/** Camunda's own administrators group ({@code Groups.CAMUNDA_ADMIN}). */
	public static final String CAMUNDA_ADMIN = "camunda-admin";

	private static final String ENTERPRISE_PREFIX = "ENT.";

	/** The roles held within a department, whose groups are department and role. */
	private static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.OFFICER, Role.DISPATCHER, Role.LEGAL_REVIEWER,
			Role.DEPT_HEAD, Role.SUPERVISOR, Role.BUREAU_HEAD, Role.DISCIPLINE_INSPECTOR);

	private CandidateGroups() {
	}

	/**
	 * The group of a role within a department, e.g. {@code SFJ.SUPERVISOR}.
	 * @throws IllegalArgumentException for a role not held within a department
	 */
	public static String departmentRole(DepartmentCode department, Role role) {
		if (!DEPARTMENT_ROLES.contains(role)) {
			throw new IllegalArgumentException("not a department role: " + role);
		}
		return department.value() + "." + role.name();
	}

	/** The group of the people acting for an enterprise. */
	public static String enterprise(CreditCode enterprise) {
		return ENTERPRISE_PREFIX + enterprise.value();
	}

	/**
	 * The groups that one role gives: none when the role needs a department or an
	 * enterprise the user does not have.
	 */
	public static List<String> of(Role role, Optional<DepartmentCode> department, Optional<CreditCode> enterprise) {
		if (role == Role.ADMIN) {
			return List.of(CAMUNDA_ADMIN);
		}
		if (role == Role.ENTERPRISE) {
			return enterprise.map(CandidateGroups::enterprise).stream().toList();
		}
		return department.map((code) -> departmentRole(code, role)).stream().toList();
	}

	/**
	 * A group id taken apart: the role it stands for and the organisation it is held in.
	 */
	public record Membership(Role role, Optional<DepartmentCode> department, Optional<CreditCode> enterprise) {

	}

	/** Reads a group id back; empty for an id that no rule of this class produces. */
	public static Optional<Membership> parse(String groupId) {
		if (groupId == null) {
			return Optional.empty();
		}
		if (groupId.equals(CAMUNDA_ADMIN)) {
			return Optional.of(new Membership(Role.ADMIN, Optional.empty(), Optional.empty()));
		}
		if (groupId.startsWith(ENTERPRISE_PREFIX)) {
			String code = groupId.substring(ENTERPRISE_PREFIX.length());
			return CreditCode.isValid(code)
					? Optional.of(new Membership(Role.ENTERPRISE, Optional.empty(), Optional.of(new CreditCode(code))))
					: Optional.empty();
		}
		int dot = groupId.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		try {
			Role role = Role.valueOf(groupId.substring(dot + 1));
			DepartmentCode department = DepartmentCode.of(groupId.substring(0, dot));
			return DEPARTMENT_ROLES.contains(role)
					? Optional.of(new Membership(role, Optional.of(department), Optional.empty())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The groups of a user, in the order of their roles. */
	public static List<String> of(UserProfile user) {
		Optional<DepartmentCode> department = user.department().map(Department::code);
		Optional<CreditCode> enterprise = user.enterprise().map(Enterprise::creditCode);
		return user.roles().stream().sorted().flatMap((role) -> of(role, department, enterprise).stream()).toList();
	}

}
