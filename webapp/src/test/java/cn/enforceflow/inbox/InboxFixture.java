package cn.enforceflow.inbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.enforceflow.TestClock;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.InspectionItem;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.invitation.InvitationAcceptance;
import cn.enforceflow.invitation.InvitationRequests;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Cases and people for the inbox tests: a department of their own per test class (so that
 * counts and pages are theirs alone) with a published inspection-item list, its users,
 * and invitations at each step — made through the invitation's own API, as its people
 * would, so that every case here is a case that could exist.
 */
@Component
public class InboxFixture {

	/** The password of every user made here. */
	public static final String PASSWORD = "demo";

	/** 淮安市恒达化工有限公司, enterprise1's. */
	public static final String ENTERPRISE_GROUP = InvitationModel.enterpriseGroup("91320804746832153E");

	/** The enterprise that invites. */
	public static final String ENTERPRISE_USER = "enterprise1";

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	Users users;

	@Autowired
	Organizations organizations;

	@Autowired
	InspectionCatalog catalog;

	@Autowired
	InvitationRequests requests;

	@Autowired
	InvitationAcceptance acceptance;

	/**
	 * An enforcement department of its own, e.g. {@code IBXV}, with a published list of
	 * one item, {@code <code>-JC-001}.
	 */
	public DepartmentCode department(String code, String name) {
		DepartmentCode department = DepartmentCode.of(code);
		this.organizations.registerDepartment(new Department(department, name, DepartmentKind.ENFORCEMENT));
		this.catalog.publishFirstList(new InspectionItemList(department, name + "行政检查事项清单",
				TestClock.today().minusYears(1).withDayOfYear(1), List.of(new InspectionItem(itemOf(department),
						"安全生产主体责任落实情况", "安全生产责任制、规章制度和操作规程", "《中华人民共和国安全生产法》第二十一条"))));
		return department;
	}

	/** The one item of a department's list. */
	public static String itemOf(DepartmentCode department) {
		return department.value() + "-JC-001";
	}

	/**
	 * A user of the department with one role; officers hold a certificate valid for
	 * years.
	 */
	public UserProfile user(String username, String displayName, Role role, DepartmentCode department) {
		Optional<EnforcementCertificate> certificate = (role == Role.OFFICER)
				? Optional.of(new EnforcementCertificate("32080099" + Math.abs(username.hashCode() % 10000),
						TestClock.today().plusYears(5)))
				: Optional.empty();
		this.users.register(new NewUser(username, displayName, PASSWORD, Set.of(role), Optional.of(department),
				Optional.empty(), certificate, Optional.empty()));
		return this.users.profile(username).orElseThrow();
	}

	public UserProfile profile(String username) {
		return this.users.profile(username).orElseThrow();
	}

	/**
	 * An invitation of enterprise1 to the department, waiting for acceptance.
	 * @return its tracking number
	 */
	public String submit(DepartmentCode department) {
		LocalDate tomorrow = TestClock.today().plusDays(1);
		return as(ENTERPRISE_USER,
				() -> this.requests
					.submit(profile(ENTERPRISE_USER),
							new NewInvitation(department.value(), List.of(itemOf(department)), tomorrow,
									tomorrow.plusDays(20), "淮安市淮阴区化工园区经三路16号", "王建国", "13905170001", null))
					.value());
	}

	/**
	 * The same, submitted at a moment in Beijing time, so that it is due (or late) then.
	 * The clock is back to now afterwards.
	 */
	public String submitAt(String beijingTime, DepartmentCode department) {
		TestClock.travelTo(LocalDateTime.parse(beijingTime).atZone(WorkingCalendar.ZONE).toInstant());
		try {
			return submit(department);
		}
		finally {
			TestClock.reset();
		}
	}

	/**
	 * The dispatcher accepts with a team of two; the lead officer is to propose a date.
	 */
	public void accept(String trackingNumber, String dispatcher, String leadOfficer, String secondOfficer) {
		as(dispatcher, () -> this.acceptance.accept(profile(dispatcher), trackingNumber, leadOfficer, secondOfficer,
				List.of()));
	}

	/** The case's process instance. */
	public ProcessInstance instance(String trackingNumber) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(InvitationModel.PROCESS_KEY)
			.processInstanceBusinessKey(trackingNumber)
			.singleResult();
	}

	/** The open task of a step of the case. */
	public Task task(String trackingNumber, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	/**
	 * Runs the work as the person, as a signed-in request would (the engine knows who).
	 */
	public <T> T as(String username, Supplier<T> work) {
		this.identity.setAuthenticatedUserId(username);
		try {
			return work.get();
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

}
