package cn.enforceflow.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.invitation.InvitationAcceptance;
import cn.enforceflow.invitation.InvitationRequests;
import cn.enforceflow.invitation.InvitationSearch;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.VisitScheduling;
import cn.enforceflow.organization.DepartmentCode;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Two invitations for a first look at the demo, made through the workflow itself the
 * first time the application starts on an empty database, with dates counted from today:
 * one waiting for 应急管理局 to accept it (dispatcher1's 部门待领), one accepted with a proposed
 * date waiting for the enterprise to confirm (enterprise1's 本企业待办). The team is two
 * officers whose certificates are valid through the window, whoever they are then.
 */
@Component
@ConditionalOnProperty(name = "enforceflow.demo.enabled", havingValue = "true")
class DemoInvitations {

	private static final Logger log = LoggerFactory.getLogger(DemoInvitations.class);

	private static final DepartmentCode DEPARTMENT = DepartmentCode.of("YJJ");

	private final Invitations invitations;

	private final InvitationRequests requests;

	private final InvitationAcceptance acceptance;

	private final VisitScheduling scheduling;

	private final Users users;

	private final IdentityService identity;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DemoInvitations(Invitations invitations, InvitationRequests requests, InvitationAcceptance acceptance,
			VisitScheduling scheduling, Users users, IdentityService identity, WorkingCalendar calendar, Clock clock) {
		this.invitations = invitations;
		this.requests = requests;
		this.acceptance = acceptance;
		this.scheduling = scheduling;
		this.users = users;
		this.identity = identity;
		this.calendar = calendar;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedOnce() {
		UserProfile enterprise = this.users.profile("enterprise1").orElse(null);
		if (enterprise == null || this.invitations.search(enterprise, InvitationSearch.all()).total() > 0) {
			return;
		}
		LocalDate start = LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE)).plusDays(3);
		LocalDate end = start.plusDays(20);
		as("enterprise1",
				() -> this.requests.submit(enterprise,
						new NewInvitation("YJJ", List.of("YJJ-JC-005", "YJJ-JC-010"), start, end, "江苏省淮安市淮阴区化工园区经三路16号",
								"王建国", "13905170001", "新建危险化学品储罐区投用前，请求对重大危险源管理和隐患排查治理进行检查指导。")));
		TrackingNumber second = as("enterprise1",
				() -> this.requests.submit(enterprise,
						new NewInvitation("YJJ", List.of("YJJ-JC-006", "YJJ-JC-009"), start, end, "江苏省淮安市淮阴区化工园区经三路16号",
								"王建国", "13905170001", "厂区新增消防通道和应急物资库，请求检查安全警示标志和应急预案演练情况。")));
		List<UserProfile> team = this.users.membersOf(CandidateGroups.departmentRole(DEPARTMENT, Role.OFFICER))
			.stream()
			.filter((officer) -> officer.certificate().map((c) -> c.isValidOn(end)).orElse(false))
			.limit(2)
			.toList();
		UserProfile dispatcher = this.users.profile("dispatcher1").orElse(null);
		if (team.size() < 2 || dispatcher == null) {
			log.info("Demo invitations submitted; no two officers of {} are certified through the window, so both"
					+ " await acceptance", DEPARTMENT.value());
			return;
		}
		UserProfile lead = team.get(0);
		as(dispatcher.username(), () -> this.acceptance.accept(dispatcher, second.value(), lead.username(),
				team.get(1).username(), List.of()));
		as(lead.username(),
				() -> this.scheduling.proposeDate(lead, second.value(), this.calendar.addWorkingDays(start, 2)));
		log.info("Demo invitations submitted: one awaits {}, {} awaits enterprise1's confirmation", DEPARTMENT.value(),
				second);
	}

	private <T> T as(String username, Supplier<T> work) {
		this.identity.setAuthenticatedUserId(username);
		try {
			return work.get();
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

}
