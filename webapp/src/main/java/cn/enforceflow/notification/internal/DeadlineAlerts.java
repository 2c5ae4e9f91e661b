package cn.enforceflow.notification.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.enforceflow.deadline.DeadlineBreached;
import cn.enforceflow.deadline.DeadlineReminderDue;
import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.i18n.ProcessTexts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about deadlines: a reminder goes to whoever has the task (or, while nobody
 * has claimed it, to everyone who may), and a breach to the justice bureau's supervisors
 * and to the person who has the task. Runs in the transaction that raised the event, so a
 * notice exists exactly when the reminder or breach was recorded; mail follows through
 * the outbox.
 */
@Component
class DeadlineAlerts {

	static final String REMINDER = "DEADLINE_REMINDER";

	static final String BREACH = "DEADLINE_BREACH";

	private final Notifications notifications;

	private final Users users;

	private final Organizations organizations;

	DeadlineAlerts(Notifications notifications, Users users, Organizations organizations) {
		this.notifications = notifications;
		this.users = users;
		this.organizations = organizations;
	}

	@EventListener
	void remind(DeadlineReminderDue reminder) {
		Set<String> recipients = (reminder.assignee() != null) ? Set.of(reminder.assignee())
				: membersOf(reminder.candidateGroups());
		this.notifications.notify(recipients,
				new Notice(REMINDER, "notification.deadline.reminder",
						List.of(ProcessTexts.stepLabel(reminder.processKey(), reminder.taskDefinitionKey(),
								reminder.taskName()), caseOf(reminder.businessKey()), due(reminder.due())),
						"/tasks/" + reminder.taskId()));
	}

	@EventListener
	void breach(DeadlineBreached breach) {
		Set<String> recipients = new LinkedHashSet<>();
		this.organizations.departments(DepartmentKind.JUSTICE_BUREAU)
			.forEach((bureau) -> recipients
				.addAll(membersOf(List.of(CandidateGroups.departmentRole(bureau.code(), Role.SUPERVISOR)))));
		if (breach.assignee() != null) {
			recipients.add(breach.assignee());
		}
		this.notifications.notify(recipients, new Notice(BREACH, "notification.deadline.breach",
				List.of(ProcessTexts.stepLabel(breach.processKey(), breach.taskDefinitionKey(), breach.taskName()),
						caseOf(breach.businessKey()), due(breach.due()), String.valueOf(breach.lateByWorkingDays())),
				caseLink(breach.businessKey())));
	}

	private Set<String> membersOf(List<String> groups) {
		Set<String> members = new LinkedHashSet<>();
		for (String group : groups) {
			this.users.membersOf(group).stream().map(UserProfile::username).forEach(members::add);
		}
		return members;
	}

	/** Supervisors may not work on the task, but they may follow the case. */
	private static String caseLink(String businessKey) {
		return (businessKey != null) ? "/cases/" + businessKey : "/";
	}

	private static String caseOf(String businessKey) {
		return (businessKey == null) ? "—" : businessKey;
	}

	/** Stored as the instant, so that each reader sees it in their language. */
	private static Object due(Instant due) {
		return (due == null) ? "—" : due;
	}

}
