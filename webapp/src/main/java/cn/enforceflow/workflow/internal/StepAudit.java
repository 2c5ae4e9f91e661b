package cn.enforceflow.workflow.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.ReturnTarget;
import cn.enforceflow.workflow.StepAuditActions;
import org.springframework.stereotype.Component;

/**
 * The audit entries of changes to steps: who did what to which task of which case, and
 * who had the task before and after.
 */
@Component
class StepAudit {

	private static final String CLAIMED = StepAuditActions.CLAIMED;

	private static final String UNCLAIMED = StepAuditActions.UNCLAIMED;

	private static final String TRANSFERRED = StepAuditActions.TRANSFERRED;

	private static final String RETURNED = StepAuditActions.RETURNED;

	private static final String TASK = StepAuditActions.TASK;

	private final AuditTrail trail;

	StepAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void claimed(UserProfile user, OpenStep step) {
		record(user, CLAIMED, step, assignee(null), assignee(user.username()), null);
	}

	void unclaimed(UserProfile user, OpenStep step) {
		record(user, UNCLAIMED, step, assignee(user.username()), assignee(null), null);
	}

	void transferred(UserProfile user, OpenStep step, String to, String reason) {
		record(user, TRANSFERRED, step, assignee(user.username()), assignee(to), reason);
	}

	void returned(UserProfile user, OpenStep step, ReturnTarget target, String reopenedTaskId, String reason) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("step", target.taskKey());
		after.put("taskId", reopenedTaskId);
		after.put("assignee", target.assignee());
		record(user, RETURNED, step, Map.of("step", step.taskKey(), "assignee", user.username()), after, reason);
	}

	/**
	 * The decision on a completed step, as its workflow wrote it, with the task it was
	 * made on; a decision naming no subject is about the task.
	 */
	void completed(OpenStep step, AuditRecord decision) {
		// the timeline finds a step's decision by its task
		Map<String, Object> after = new LinkedHashMap<>((decision.after() != null) ? decision.after() : Map.of());
		after.put("taskId", step.taskId());
		AuditRecord entry = decision.withCase(step.businessKey()).withChange(decision.before(), after);
		if (entry.subjectType() == null) {
			entry = entry.withSubject(TASK, step.taskId());
		}
		this.trail.record(entry);
	}

	private void record(UserProfile user, String action, OpenStep step, Map<String, Object> before,
			Map<String, Object> after, String detail) {
		this.trail.record(AuditRecord.of(user.username(), action)
			.withCase(step.businessKey())
			.withSubject(TASK, step.taskId())
			.withChange(before, after)
			.withDetail(detail));
	}

	private static Map<String, Object> assignee(String username) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("assignee", username);
		return state;
	}

}
