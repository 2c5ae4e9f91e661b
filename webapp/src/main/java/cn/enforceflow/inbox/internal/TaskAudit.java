package cn.enforceflow.inbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.TaskDetails.ReturnTarget;
import cn.enforceflow.inbox.internal.EngineTasks.EngineTask;
import cn.enforceflow.inbox.internal.InboxQueries.TaskRow;
import org.springframework.stereotype.Component;

/**
 * The audit entries of the task actions: who did what to which task of which case, and
 * who had the task before and after.
 */
@Component
class TaskAudit {

	static final String CLAIMED = "TASK_CLAIMED";

	static final String UNCLAIMED = "TASK_UNCLAIMED";

	static final String TRANSFERRED = "TASK_TRANSFERRED";

	static final String RETURNED = "TASK_RETURNED";

	static final String COMMENTED = "TASK_COMMENTED";

	private static final String TASK = "TASK";

	private final AuditTrail trail;

	TaskAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void claimed(UserProfile user, EngineTask task, TaskRow row) {
		record(user, CLAIMED, task, row, assignee(null), assignee(user.username()), null);
	}

	void unclaimed(UserProfile user, EngineTask task, TaskRow row) {
		record(user, UNCLAIMED, task, row, assignee(user.username()), assignee(null), null);
	}

	void transferred(UserProfile user, EngineTask task, TaskRow row, String to) {
		record(user, TRANSFERRED, task, row, assignee(user.username()), assignee(to), null);
	}

	void returned(UserProfile user, EngineTask task, TaskRow row, ReturnTarget target, String reopenedTaskId,
			String reopenedFor, String reason) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("step", target.taskKey());
		after.put("taskId", reopenedTaskId);
		after.put("assignee", reopenedFor);
		record(user, RETURNED, task, row, Map.of("step", task.taskKey(), "assignee", user.username()), after, reason);
	}

	void commented(UserProfile user, EngineTask task, TaskRow row, String text) {
		record(user, COMMENTED, task, row, null, null, text);
	}

	private void record(UserProfile user, String action, EngineTask task, TaskRow row, Map<String, Object> before,
			Map<String, Object> after, String detail) {
		this.trail.record(AuditRecord.of(user.username(), action)
			.withCase(row.businessKey())
			.withSubject(TASK, task.id())
			.withChange(before, after)
			.withDetail(detail));
	}

	private static Map<String, Object> assignee(String username) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("assignee", username);
		return state;
	}

}
