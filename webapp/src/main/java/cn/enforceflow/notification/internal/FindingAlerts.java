package cn.enforceflow.notification.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.invitation.FindingsHandedOver;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a department's officers and head when findings of an invitation inspection await
 * the first-violation exemption assessment, so that someone opens the case.
 */
@Component
class FindingAlerts {

	static final String HANDED_OVER = "FINDINGS_HANDED_OVER";

	private final Notifications notifications;

	private final Users users;

	FindingAlerts(Notifications notifications, Users users) {
		this.notifications = notifications;
		this.users = users;
	}

	@EventListener
	void handedOver(FindingsHandedOver handover) {
		DepartmentCode department = DepartmentCode.of(handover.departmentCode());
		Set<String> recipients = new LinkedHashSet<>();
		for (Role role : List.of(Role.OFFICER, Role.DEPT_HEAD)) {
			this.users.membersOf(CandidateGroups.departmentRole(department, role))
				.stream()
				.map(UserProfile::username)
				.forEach(recipients::add);
		}
		this.notifications.notify(recipients,
				new Notice(
						HANDED_OVER, "notification.findings.handedOver", List.of(handover.trackingNumber(),
								handover.enterpriseName(), String.valueOf(handover.findingIds().size())),
						"/invitations/findings"));
	}

}
