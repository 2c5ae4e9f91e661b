package cn.enforceflow.notification.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.enforceflow.documents.DocumentServed;
import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.TaskUrged;
import cn.enforceflow.invitation.InvitationWithdrawn;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.platform.i18n.ProcessTexts;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.workflow.StepOpened;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Tells people when work comes to them: a step given to them or offered to their group
 * (or their enterprise), a document served on them, a 催办 of their overdue task, and an
 * invitation withdrawn before they accepted it. Runs in the transaction that opened the
 * step or served the document, so a notice exists exactly when its cause does; mail, when
 * it is on, follows through the outbox.
 */
@Component
class WorkAlerts {

	static final String ASSIGNED = "STEP_ASSIGNED";

	static final String OFFERED = "STEP_OFFERED";

	static final String SERVED = "DOCUMENT_SERVED";

	static final String URGED = "TASK_URGED";

	static final String WITHDRAWN = "INVITATION_WITHDRAWN";

	private final Notifications notifications;

	private final Users users;

	private final ProcessTexts processTexts;

	WorkAlerts(Notifications notifications, Users users, ProcessTexts processTexts) {
		this.notifications = notifications;
		this.users = users;
		this.processTexts = processTexts;
	}

	@EventListener
	void opened(StepOpened step) {
		// a step opened again by 退回 is told by the return, with its reason
		if (step.reopened()) {
			return;
		}
		String link = "/tasks/" + step.taskId();
		// the step's name and its due instant are stored typed: each reader sees them in
		// their language
		List<Object> arguments = List.of(ProcessTexts.stepLabel(step.processKey(), step.taskKey(), step.name()),
				caseOf(step.businessKey()), (step.due() != null) ? step.due() : "—");
		if (step.assignee() != null) {
			this.notifications.notify(Set.of(step.assignee()),
					new Notice(ASSIGNED, "notification.step.assigned", arguments, link));
			return;
		}
		Set<String> enterprises = new LinkedHashSet<>();
		Set<String> others = new LinkedHashSet<>(step.candidateUsers());
		for (String group : step.candidateGroups()) {
			boolean enterprise = CandidateGroups.parse(group).map((m) -> m.role() == Role.ENTERPRISE).orElse(false);
			(enterprise ? enterprises : others).addAll(membersOf(List.of(group)));
		}
		others.removeAll(enterprises);
		this.notifications.notify(enterprises,
				new Notice(OFFERED, "notification.step.offeredToEnterprise", arguments, link));
		this.notifications.notify(others, new Notice(OFFERED, "notification.step.offered", arguments, link));
	}

	@EventListener
	void served(DocumentServed document) {
		Set<String> recipients = new LinkedHashSet<>();
		if (document.enterprise() != null) {
			recipients.addAll(membersOf(List.of(CandidateGroups.enterprise(new CreditCode(document.enterprise())))));
		}
		if (document.organ() != null) {
			DepartmentCode organ = DepartmentCode.of(document.organ());
			recipients.addAll(membersOf(List.of(CandidateGroups.departmentRole(organ, Role.DEPT_HEAD),
					CandidateGroups.departmentRole(organ, Role.BUREAU_HEAD),
					CandidateGroups.departmentRole(organ, Role.DISCIPLINE_INSPECTOR))));
		}
		this.notifications.notify(recipients,
				new Notice(SERVED, "notification.document.served",
						List.of(new DefaultMessageSourceResolvable(
								new String[] { "documents.type." + document.type().name() }, document.type().name()),
								document.number(), caseOf(document.caseKey())),
						"/documents"));
	}

	@EventListener
	void urged(TaskUrged urged) {
		Set<String> recipients = (urged.assignee() != null) ? Set.of(urged.assignee())
				: new LinkedHashSet<>(membersOf(urged.candidateGroups()));
		if (urged.assignee() == null) {
			recipients.addAll(urged.candidateUsers());
		}
		recipients.remove(urged.from());
		this.notifications.notify(recipients,
				new Notice(URGED, (urged.message() != null) ? "notification.task.urgedWith" : "notification.task.urged",
						(urged.message() != null)
								? List.of(step(urged.processKey(), urged.taskName()), caseOf(urged.businessKey()),
										nameOf(urged.from()), urged.message())
								: List.of(step(urged.processKey(), urged.taskName()), caseOf(urged.businessKey()),
										nameOf(urged.from())),
						"/tasks/" + urged.taskId()));
	}

	@EventListener
	void withdrawn(InvitationWithdrawn withdrawn) {
		this.notifications.notify(
				membersOf(List.of(CandidateGroups.departmentRole(DepartmentCode.of(withdrawn.departmentCode()),
						Role.DISPATCHER))),
				new Notice(WITHDRAWN, "notification.invitation.withdrawn",
						List.of(withdrawn.trackingNumber(), withdrawn.enterpriseName(), withdrawn.reason()),
						"/invitations/" + withdrawn.trackingNumber()));
	}

	private Set<String> membersOf(Collection<String> groups) {
		Set<String> members = new LinkedHashSet<>();
		for (String group : groups) {
			this.users.membersOf(group).stream().map(UserProfile::username).forEach(members::add);
		}
		return members;
	}

	private Object step(String processKey, String taskName) {
		return this.processTexts.stepLabelNamed(processKey, taskName);
	}

	private String nameOf(String username) {
		return this.users.profile(username).map(UserProfile::displayName).orElse(username);
	}

	private static String caseOf(String businessKey) {
		return (businessKey == null) ? "—" : businessKey;
	}

}
