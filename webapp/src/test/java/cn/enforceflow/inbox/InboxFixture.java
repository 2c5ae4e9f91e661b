package cn.enforceflow.inbox;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Cases and people for the inbox tests: a department of their own per test class (so that
 * counts and pages are theirs alone), its users, and invitations at each step, driven on
 * the engine as the workflow's own pages will drive it.
 */
@Component
public class InboxFixture {

	/** The password of every user made here. */
	public static final String PASSWORD = "demo";

	/** 淮安市恒达化工有限公司, enterprise1's. */
	public static final String ENTERPRISE_GROUP = InvitationModel.enterpriseGroup("91320804746832153E");

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

	private int sequence;

	/** An enforcement department of its own, e.g. {@code IBXV}. */
	public DepartmentCode department(String code, String name) {
		DepartmentCode department = DepartmentCode.of(code);
		this.organizations.registerDepartment(new Department(department, name, DepartmentKind.ENFORCEMENT));
		return department;
	}

	/** A user of the department with one role; officers hold a valid certificate. */
	public UserProfile user(String username, String displayName, Role role, DepartmentCode department) {
		Optional<EnforcementCertificate> certificate = (role == Role.OFFICER) ? Optional
			.of(new EnforcementCertificate("32080099" + username.hashCode() % 10000, LocalDate.of(2030, 12, 31)))
				: Optional.empty();
		this.users.register(new NewUser(username, displayName, PASSWORD, Set.of(role), Optional.of(department),
				Optional.empty(), certificate, Optional.empty()));
		return this.users.profile(username).orElseThrow();
	}

	public UserProfile profile(String username) {
		return this.users.profile(username).orElseThrow();
	}

	/** A tracking number no other test uses. */
	public synchronized String trackingNumber(String prefix) {
		this.sequence++;
		return prefix + "-" + System.nanoTime() % 100000 + "-" + this.sequence;
	}

	/**
	 * An invitation to the department, submitted by enterprise1, waiting for acceptance.
	 */
	public ProcessInstance submit(String trackingNumber, DepartmentCode department) {
		return as("enterprise1",
				() -> this.runtime.startProcessInstanceByKey(InvitationModel.PROCESS_KEY, trackingNumber,
						Map.of(InvitationModel.VAR_DEPARTMENT_CODE, department.value(),
								InvitationModel.VAR_ENTERPRISE_GROUP, ENTERPRISE_GROUP)));
	}

	/**
	 * The same, submitted at a moment in Beijing time, so that it is due (or late) then.
	 */
	public ProcessInstance submitAt(String beijingTime, String trackingNumber, DepartmentCode department) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijingTime).atZone(WorkingCalendar.ZONE).toInstant()));
		try {
			return submit(trackingNumber, department);
		}
		finally {
			ClockUtil.reset();
		}
	}

	/** The dispatcher accepts, with a team; the lead officer is to propose a date. */
	public void accept(String trackingNumber, String dispatcher, String leadOfficer, String secondOfficer) {
		Task acceptance = task(trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION);
		Map<String, Object> decision = new HashMap<>();
		decision.put(InvitationModel.VAR_ACCEPTED, true);
		decision.put(InvitationModel.VAR_LEAD_OFFICER, leadOfficer);
		decision.put(InvitationModel.VAR_SECOND_OFFICER, secondOfficer);
		as(dispatcher, () -> {
			this.tasks.claim(acceptance.getId(), dispatcher);
			this.tasks.complete(acceptance.getId(), decision);
			return null;
		});
	}

	/** The open task of a step of the case. */
	public Task task(String trackingNumber, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(trackingNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		this.identity.setAuthenticatedUserId(username);
		try {
			return work.get();
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

}
