package cn.enforceflow.notification.internal;

import java.util.List;
import java.util.Set;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.TaskReturned;
import cn.enforceflow.inbox.TaskTransferred;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.platform.i18n.ProcessTexts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people when work comes to them from a colleague: a task transferred to them (转办),
 * or sent back to them to do again (退回). Runs in the transaction of the action.
 */
@Component
class TaskAlerts {

	static final String TRANSFERRED = "TASK_TRANSFERRED";

	static final String RETURNED = "TASK_RETURNED";

	private final Notifications notifications;

	private final Users users;

	private final ProcessTexts processTexts;

	TaskAlerts(Notifications notifications, Users users, ProcessTexts processTexts) {
		this.processTexts = processTexts;
		this.notifications = notifications;
		this.users = users;
	}

	@EventListener
	void transferred(TaskTransferred transfer) {
		this.notifications.notify(Set.of(transfer.to()),
				new Notice(TRANSFERRED, "notification.task.transferred",
						List.of(this.processTexts.stepLabelNamed(transfer.processKey(), transfer.taskName()),
								caseOf(transfer.businessKey()), nameOf(transfer.from()), transfer.reason()),
						"/tasks/" + transfer.taskId()));
	}

	@EventListener
	void returned(TaskReturned returned) {
		if (returned.to() == null) {
			return;
		}
		this.notifications.notify(Set.of(returned.to()),
				new Notice(RETURNED, "notification.task.returned",
						List.of(this.processTexts.stepLabelNamed(returned.processKey(), returned.taskName()),
								caseOf(returned.businessKey()), nameOf(returned.from()), returned.reason()),
						"/tasks/" + returned.reopenedTaskId()));
	}

	private String nameOf(String username) {
		return this.users.profile(username).map(UserProfile::displayName).orElse(username);
	}

	private static String caseOf(String businessKey) {
		return (businessKey != null) ? businessKey : "—";
	}

}
