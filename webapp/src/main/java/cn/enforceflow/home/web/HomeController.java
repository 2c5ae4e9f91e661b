package cn.enforceflow.home.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.Inbox;
import cn.enforceflow.inbox.InboxQuery;
import cn.enforceflow.invitation.InvitationSearch;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.NotFoundException;
import cn.enforceflow.platform.engine.DeployedModels;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: one per role, chosen by the user's leading role.
 */
@PageController
class HomeController {

	/** When a user holds several roles, the first of these decides the home page. */
	private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.BUREAU_HEAD, Role.SUPERVISOR,
			Role.DISCIPLINE_INSPECTOR, Role.DEPT_HEAD, Role.LEGAL_REVIEWER, Role.DISPATCHER, Role.OFFICER,
			Role.ENTERPRISE);

	/** Certificates that lapse within this many days are flagged on the pages. */
	private static final int CERTIFICATE_WARNING_DAYS = 90;

	/** The soonest-due tasks shown on the home page. */
	private static final int HOME_TASKS = 10;

	/** The invitations still under way. */
	private static final Set<InvitationStatus> OPEN = EnumSet.complementOf(EnumSet.of(InvitationStatus.DECLINED,
			InvitationStatus.WITHDRAWN, InvitationStatus.NOT_AGREED, InvitationStatus.CLOSED));

	/** The newest invitations shown on an enterprise's home page. */
	private static final int HOME_INVITATIONS = 5;

	private final Users users;

	private final Organizations organizations;

	private final InspectionCatalog catalog;

	private final DeployedModels models;

	private final Inbox inbox;

	private final Clock clock;

	private final Invitations invitations;

	HomeController(Users users, Organizations organizations, InspectionCatalog catalog, DeployedModels models,
			Inbox inbox, Clock clock, Invitations invitations) {
		this.invitations = invitations;
		this.users = users;
		this.organizations = organizations;
		this.catalog = catalog;
		this.models = models;
		this.inbox = inbox;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Principal principal, Model model) {
		UserProfile user = this.users.profile(principal.getName())
			.orElseThrow(() -> new NotFoundException("identity.user.notFound", principal.getName()));
		LocalDate today = LocalDate.now(this.clock);
		Role role = PRECEDENCE.stream().filter(user::hasRole).findFirst().orElse(null);
		model.addAttribute("user", user);
		model.addAttribute("department", user.department().orElse(null));
		model.addAttribute("enterprise", user.enterprise().orElse(null));
		model.addAttribute("today", today);
		model.addAttribute("certificate", user.certificate().map((c) -> CertificateStatus.of(c, today)).orElse(null));
		// the same tasks as the tabs of 我的工作, so that the counts agree
		InboxQuery first = new InboxQuery(Optional.empty(), false, OptionalInt.empty(), InboxQuery.Sort.DUE, 0,
				HOME_TASKS);
		model.addAttribute("todo", this.inbox.todo(user, first));
		model.addAttribute("group", this.inbox.group(user, first));
		model.addAttribute("counts", this.inbox.counts(user));
		model.addAttribute("actsForEnterprise", user.hasRole(Role.ENTERPRISE));
		if (role == null) {
			return "home/no-role";
		}
		model.addAttribute("role", role);
		switch (role) {
			case ENTERPRISE -> {
				model.addAttribute("lists", this.catalog.publishedLists());
				model.addAttribute("invitations",
						this.invitations.search(user, InvitationSearch.all().withSize(HOME_INVITATIONS)).items());
			}
			case OFFICER, DISPATCHER, LEGAL_REVIEWER, DEPT_HEAD -> {
				// only within the person's own enforcement department
				Optional<Department> own = user.department().filter((d) -> Authorization.mayWorkIn(user, d.code()));
				model.addAttribute("list", own.flatMap((d) -> this.catalog.publishedList(d.code())).orElse(null));
				model.addAttribute("team", team(own, today));
				if (user.hasRole(Role.OFFICER)) {
					// the cases the officer is on, the second officer too
					model.addAttribute("teamCases",
							this.invitations
								.search(user, new InvitationSearch(null, OPEN, null, null, true, 0, HOME_INVITATIONS))
								.items());
				}
			}
			case SUPERVISOR, BUREAU_HEAD ->
				model.addAttribute("departments", Authorization.isJusticeBureau(user) ? overview(today) : List.of());
			case DISCIPLINE_INSPECTOR -> model.addAttribute("team",
					team(user.department().filter((d) -> Authorization.isDisciplineCommission(user)), today));
			case ADMIN -> {
				model.addAttribute("departments", this.organizations.departments());
				model.addAttribute("processes", this.models.processes());
				model.addAttribute("decisions", this.models.decisions());
			}
		}
		return "home/" + role.name().toLowerCase().replace('_', '-');
	}

	private List<Member> team(Optional<Department> department, LocalDate today) {
		return department
			.map((d) -> this.users.members(d.code())
				.stream()
				.map((p) -> new Member(p, p.certificate().map((c) -> CertificateStatus.of(c, today)).orElse(null)))
				.toList())
			.orElse(List.of());
	}

	private List<DepartmentOverview> overview(LocalDate today) {
		Map<String, InspectionItemList> lists = new java.util.HashMap<>();
		this.catalog.publishedLists().forEach((list) -> lists.put(list.department().value(), list));
		return this.organizations.departments(DepartmentKind.ENFORCEMENT).stream().map((department) -> {
			List<UserProfile> members = this.users.members(department.code());
			long certified = members.stream()
				.filter((m) -> m.certificate().map((c) -> c.isValidOn(today)).orElse(false))
				.count();
			InspectionItemList list = lists.get(department.code().value());
			return new DepartmentOverview(department, list == null ? 0 : list.items().size(),
					list == null ? null : list.publishedOn(), members.size(), certified);
		}).toList();
	}

	// view records are public: FreeMarker reads only public classes

	/** A colleague and the state of their certificate today. */
	public record Member(UserProfile profile, CertificateStatus certificate) {

	}

	/** An enforcement department at a glance, for the justice bureau. */
	public record DepartmentOverview(Department department, int publishedItems, LocalDate publishedOn, int members,
			long certifiedOfficers) {

	}

	/** A certificate and whether it is valid today, lapses soon, or has lapsed. */
	public record CertificateStatus(String number, LocalDate validUntil, String state) {

		static CertificateStatus of(cn.enforceflow.identity.EnforcementCertificate certificate, LocalDate today) {
			String state;
			if (!certificate.isValidOn(today)) {
				state = "expired";
			}
			else if (!certificate.isValidOn(today.plusDays(CERTIFICATE_WARNING_DAYS))) {
				state = "expiring";
			}
			else {
				state = "valid";
			}
			return new CertificateStatus(certificate.number(), certificate.validUntil(), state);
		}

	}

}
