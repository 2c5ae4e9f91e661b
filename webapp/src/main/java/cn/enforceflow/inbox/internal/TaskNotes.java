package cn.enforceflow.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.CaseAccess;
import cn.enforceflow.inbox.TaskActionRefusedException;
import cn.enforceflow.inbox.TaskUrged;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepAuditActions;
import cn.enforceflow.workflow.TaskConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What people say about a task without changing it: comments (意见) and 催办 on overdue work,
 * each kept with the case and recorded in the audit trail.
 */
@Component
class TaskNotes {

	static final String COMMENTED = "TASK_COMMENTED";

	static final String URGED = "TASK_URGED";

	/** The longest note with a 催办, in characters. */
	static final int MAX_URGE_LENGTH = 500;

	private final CaseComments comments;

	private final InboxQueries queries;

	private final CaseAccess caseAccess;

	private final AuditTrail audit;

	private final Users users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskNotes(CaseComments comments, InboxQueries queries, CaseAccess caseAccess, AuditTrail audit, Users users,
			ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.queries = queries;
		this.caseAccess = caseAccess;
		this.audit = audit;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	void comment(UserProfile user, OpenStep step, String text) {
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty()) {
			throw new BusinessRuleException("inbox.comment.required");
		}
		if (body.codePointCount(0, body.length()) > CaseComments.MAX_LENGTH) {
			throw new BusinessRuleException("inbox.comment.tooLong", String.valueOf(CaseComments.MAX_LENGTH));
		}
		this.comments.add(step.processInstanceId(), step.taskId(), step.name(), user.username(),
				CaseComments.Kind.COMMENT, body, this.clock.instant());
		record(user, COMMENTED, step, body);
	}

	boolean mayRead(UserProfile user, OpenStep step) {
		return step.businessKey() != null && this.caseAccess.mayRead(user, step.businessKey());
	}

	/**
	 * 催办 is for an overdue task, by the person who started its case or a supervisor of
	 * the justice bureau, and never by whoever has the task.
	 */
	boolean mayUrge(UserProfile user, OpenStep step) {
		return overdue(step) && !step.assignedTo(user.username()) && urges(user, step);
	}

	void urge(UserProfile user, OpenStep step, String message) {
		if (!urges(user, step) || step.assignedTo(user.username())) {
			throw new TaskActionRefusedException("inbox.urge.notAllowed");
		}
		if (!overdue(step)) {
			throw new BusinessRuleException("inbox.urge.notOverdue", step.name());
		}
		String text = (message != null) ? message.strip() : "";
		if (text.codePointCount(0, text.length()) > MAX_URGE_LENGTH) {
			throw new BusinessRuleException("inbox.urge.tooLong", String.valueOf(MAX_URGE_LENGTH));
		}
		Instant now = this.clock.instant();
		Instant startOfToday = LocalDate.ofInstant(now, WorkingCalendar.ZONE)
			.atStartOfDay(WorkingCalendar.ZONE)
			.toInstant();
		if (this.comments.urgedSince(step.taskId(), startOfToday)) {
			throw new TaskConflictException("inbox.urge.already", step.name());
		}
		this.comments.add(step.processInstanceId(), step.taskId(), step.name(), user.username(), CaseComments.Kind.URGE,
				text.isEmpty() ? "—" : text, now);
		record(user, URGED, step, text.isEmpty() ? null : text);
		this.events.publishEvent(
				new TaskUrged(step.taskId(), step.name(), step.processKey(), step.businessKey(), user.username(),
						step.assignee(), step.candidateUsers(), step.candidateGroups(), text.isEmpty() ? null : text));
	}

	String displayNameOf(String username) {
		return (username != null) ? this.users.profile(username).map(UserProfile::displayName).orElse(username) : null;
	}

	private boolean urges(UserProfile user, OpenStep step) {
		if (!mayRead(user, step)) {
			return false;
		}
		return user.hasRole(Role.SUPERVISOR) || this.queries.starterOf(step.processInstanceId())
			.map((starter) -> starter.equals(user.username()))
			.orElse(false);
	}

	private boolean overdue(OpenStep step) {
		return step.due() != null && step.due().isBefore(this.clock.instant());
	}

	private void record(UserProfile user, String action, OpenStep step, String detail) {
		this.audit.record(AuditRecord.of(user.username(), action)
			.withCase(step.businessKey())
			.withSubject(StepAuditActions.TASK, step.taskId())
			.withChange(null, (step.assignee() != null) ? Map.of("assignee", step.assignee()) : null)
			.withDetail(detail));
	}

}
