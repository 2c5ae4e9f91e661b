package cn.enforceflow.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and do what, in one place: a role, held within a data scope (see
 * {@link DataScope}). Pages, the API, the inbox, documents and statistics ask here rather
 * than checking roles themselves, so that a supervisor filed under the wrong organisation
 * or an enterprise user of another enterprise is refused everywhere alike.
 * <p>
 * Every method is a pure decision over a {@link UserProfile} (the signed-in user a
 * controller receives as a parameter). A refusal becomes a 403 with a Chinese message
 * through {@link #require(boolean)}; where the existence of a thing is itself secret (a
 * case, a clue), answer 404 instead, as {@code CaseAccess} does.
 */
public final class Authorization {

	/** The roles held within an enforcement department. */
	private static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.OFFICER, Role.DISPATCHER, Role.LEGAL_REVIEWER,
			Role.DEPT_HEAD);

	private Authorization() {
	}

	/** The scopes a person's roles give them, given the organisation they belong to. */
	public static Set<DataScope> scopesOf(UserProfile user) {
		Set<DataScope> scopes = EnumSet.noneOf(DataScope.class);
		if (isAdministrator(user)) {
			scopes.add(DataScope.SYSTEM);
		}
		if (user.hasRole(Role.ENTERPRISE) && user.enterprise().isPresent()) {
			scopes.add(DataScope.OWN_ENTERPRISE);
		}
		if (DEPARTMENT_ROLES.stream().anyMatch(user::hasRole) && isIn(user, DepartmentKind.ENFORCEMENT)) {
			scopes.add(DataScope.OWN_DEPARTMENT);
		}
		if (isJusticeBureau(user)) {
			scopes.add(DataScope.JUSTICE_BUREAU);
		}
		if (isDisciplineCommission(user)) {
			scopes.add(DataScope.DISCIPLINE_COMMISSION);
		}
		return scopes;
	}

	/** 系统管理员: catalogs, calendar, audit trail, the engine's consoles and REST API. */
	public static boolean isAdministrator(UserProfile user) {
		return user.hasRole(Role.ADMIN);
	}

	/** Whether the person holds at least one of the roles, wherever. */
	public static boolean hasAnyRole(UserProfile user, Role... roles) {
		for (Role role : roles) {
			if (user.hasRole(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Acts for this enterprise: its 企业经办人, and nobody else (not another enterprise's, not
	 * an officer).
	 */
	public static boolean mayActFor(UserProfile user, CreditCode enterprise) {
		return user.hasRole(Role.ENTERPRISE)
				&& user.enterprise().map((own) -> own.creditCode().equals(enterprise)).orElse(false);
	}

	/**
	 * Works in this enforcement department: its officers, dispatchers, legal reviewers
	 * and head; not those of another department, not the justice bureau.
	 */
	public static boolean mayWorkIn(UserProfile user, DepartmentCode department) {
		return DEPARTMENT_ROLES.stream().anyMatch(user::hasRole) && isIn(user, DepartmentKind.ENFORCEMENT)
				&& user.department().map((own) -> own.code().equals(department)).orElse(false);
	}

	/** Holds this role in this enforcement department, e.g. a dispatcher of 应急管理局. */
	public static boolean holds(UserProfile user, Role role, DepartmentCode department) {
		return DEPARTMENT_ROLES.contains(role) && user.hasRole(role) && mayWorkIn(user, department);
	}

	/**
	 * 司法局: its supervisors and head, who supervise every enforcement department and own
	 * the clues.
	 */
	public static boolean isJusticeBureau(UserProfile user) {
		return hasAnyRole(user, Role.SUPERVISOR, Role.BUREAU_HEAD) && isIn(user, DepartmentKind.JUSTICE_BUREAU);
	}

	/** 纪委监委: the discipline inspectors who receive referred clues. */
	public static boolean isDisciplineCommission(UserProfile user) {
		return user.hasRole(Role.DISCIPLINE_INSPECTOR) && isIn(user, DepartmentKind.DISCIPLINE_COMMISSION);
	}

	/**
	 * Sees every case of a process without taking part in it: the justice bureau, which
	 * supervises, and administrators. Nobody oversees confidential cases (clues): only
	 * the supervisors and inspectors who take part in one see it, and never the staff or
	 * department it concerns.
	 */
	public static boolean overseesCases(UserProfile user, boolean confidential) {
		return !confidential && (isAdministrator(user) || isJusticeBureau(user));
	}

	/**
	 * May read clues (问题线索) at all: the justice bureau and the discipline commission.
	 * Which clue is a further question: only those they take part in.
	 */
	public static boolean mayHandleClues(UserProfile user) {
		return isJusticeBureau(user) || isDisciplineCommission(user);
	}

	/**
	 * Sees the figures of a department (效能评价): the justice bureau and administrators for
	 * every department, a department's head for their own.
	 */
	public static boolean maySeeFiguresOf(UserProfile user, DepartmentCode department) {
		return isAdministrator(user) || isJusticeBureau(user) || holds(user, Role.DEPT_HEAD, department);
	}

	/**
	 * Reads the audit entries of a case: administrators, who keep the trail, and the
	 * justice bureau's supervisors.
	 */
	public static boolean mayReadCaseRecords(UserProfile user) {
		return isAdministrator(user) || (user.hasRole(Role.SUPERVISOR) && isIn(user, DepartmentKind.JUSTICE_BUREAU));
	}

	/**
	 * Refuses unless allowed: a 403 with a Chinese message on pages and in the API, and
	 * an entry in the audit trail.
	 * @throws AccessDeniedException when not allowed
	 */
	public static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("not allowed");
		}
	}

	/**
	 * The same for a rule of this class, e.g.
	 * {@code require(user, Authorization::isAdministrator)}.
	 */
	public static void require(UserProfile user, Predicate<UserProfile> rule) {
		require(rule.test(user));
	}

	private static boolean isIn(UserProfile user, DepartmentKind kind) {
		return user.department().map(Department::kind).map(kind::equals).orElse(false);
	}

}
