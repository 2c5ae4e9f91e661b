package cn.enforceflow.inbox.internal;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import cn.enforceflow.inbox.DoneTask;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the inbox read model in step with the engine: every history event about a process
 * instance, a user task or a task's candidates is applied to our tables in the engine's
 * own transaction, so the inbox never shows a task the engine does not have (ADR 0006).
 * The engine raises these events at history level {@code full}.
 * <p>
 * The engine adds a task's candidates before it raises the task's creation, so a
 * candidate may arrive before its task; the task's creation and every update then copy
 * the task's state onto its candidate rows.
 */
final class InboxProjection implements HistoryEventHandler {

	private final JdbcTemplate jdbc;

	InboxProjection(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricProcessInstanceEventEntity instance) {
			onProcessInstance(instance);
		}
		else if (event instanceof HistoricTaskInstanceEventEntity task) {
			onTask(task);
		}
		else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
			onIdentityLink(link);
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private void onProcessInstance(HistoricProcessInstanceEventEntity instance) {
		if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
			this.jdbc.update(
					"insert into inbox_case (process_instance_id, process_definition_id, process_key, business_key,"
							+ " started_by, started_at) values (?, ?, ?, ?, ?, ?)",
					instance.getProcessInstanceId(), instance.getProcessDefinitionId(),
					instance.getProcessDefinitionKey(), instance.getBusinessKey(), instance.getStartUserId(),
					ReadModelTime.of(instance.getStartTime()));
			if (instance.getStartUserId() != null) {
				addParticipant(instance.getProcessInstanceId(), Principal.user(instance.getStartUserId()));
			}
		}
		else if (instance.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
			this.jdbc.update("update inbox_case set ended_at = ?, end_state = ? where process_instance_id = ?",
					ReadModelTime.of(endTimeOf(instance)), instance.getState(), instance.getProcessInstanceId());
		}
		else {
			// an update (a new business key) or a migration to another version of the
			// model
			this.jdbc.update(
					"update inbox_case set business_key = ?, process_definition_id = ? where process_instance_id = ?",
					instance.getBusinessKey(), instance.getProcessDefinitionId(), instance.getProcessInstanceId());
			this.jdbc.update("update inbox_task set business_key = ? where process_instance_id = ?",
					instance.getBusinessKey(), instance.getProcessInstanceId());
		}
	}

	private void onTask(HistoricTaskInstanceEventEntity task) {
		if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
			this.jdbc.update(
					"insert into inbox_task (task_id, process_instance_id, process_definition_id,"
							+ " process_key, task_key, name, business_key, assignee, created_at, due_at, sort_due)"
							+ " values (?, ?, ?, ?, ?, ?, (select c.business_key from inbox_case c"
							+ " where c.process_instance_id = ?), ?, ?, ?, ?)",
					task.getTaskId(), task.getProcessInstanceId(), task.getProcessDefinitionId(),
					task.getProcessDefinitionKey(), task.getTaskDefinitionKey(), task.getName(),
					task.getProcessInstanceId(), task.getAssignee(), ReadModelTime.of(task.getStartTime()),
					ReadModelTime.of(task.getDueDate()), ReadModelTime.sortDue(task.getDueDate()));
			copyTaskOntoCandidates(task.getTaskId());
			if (task.getProcessInstanceId() != null) {
				this.jdbc
					.queryForList("select candidate from inbox_candidate where task_id = ?", String.class,
							task.getTaskId())
					.forEach((candidate) -> addParticipant(task.getProcessInstanceId(), candidate));
			}
			addAssigneeAsParticipant(task);
		}
		else if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
			if (TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())) {
				recordDone(task);
			}
			this.jdbc.update("delete from inbox_candidate where task_id = ?", task.getTaskId());
			this.jdbc.update("delete from inbox_task where task_id = ?", task.getTaskId());
		}
		else {
			// an update (assignee, due date, name) or a migration: the event carries the
			// task's whole state
			this.jdbc.update(
					"update inbox_task set process_definition_id = ?, task_key = ?, name = ?, assignee = ?,"
							+ " due_at = ?, sort_due = ? where task_id = ?",
					task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					ReadModelTime.of(task.getDueDate()), ReadModelTime.sortDue(task.getDueDate()), task.getTaskId());
			copyTaskOntoCandidates(task.getTaskId());
			addAssigneeAsParticipant(task);
		}
	}

	private void onIdentityLink(HistoricIdentityLinkLogEventEntity link) {
		if (link.getTaskId() == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
			// assignee and owner changes arrive as task updates
			return;
		}
		String candidate = (link.getGroupId() != null) ? Principal.group(link.getGroupId())
				: Principal.user(link.getUserId());
		if (link.isEventOfType(HistoryEventTypes.IDENTITY_LINK_DELETE)) {
			this.jdbc.update("delete from inbox_candidate where task_id = ? and candidate = ?", link.getTaskId(),
					candidate);
			return;
		}
		try {
			int copied = this.jdbc.update("insert into inbox_candidate"
					+ " (task_id, candidate, claimable, process_key, sort_due, created_at)"
					+ " select t.task_id, ?, case when t.assignee is null then true else false end, t.process_key,"
					+ " t.sort_due, t.created_at from inbox_task t where t.task_id = ?", candidate, link.getTaskId());
			if (copied == 0) {
				// the task is being created: its creation fills in the rest
				this.jdbc.update(
						"insert into inbox_candidate"
								+ " (task_id, candidate, claimable, process_key, sort_due, created_at)"
								+ " values (?, ?, true, null, ?, ?)",
						link.getTaskId(), candidate, ReadModelTime.NO_DUE_DATE, ReadModelTime.of(link.getTime()));
			}
			else {
				this.jdbc
					.queryForList("select process_instance_id from inbox_task where task_id = ?", String.class,
							link.getTaskId())
					.stream()
					.filter((instance) -> instance != null)
					.forEach((instance) -> addParticipant(instance, candidate));
			}
		}
		catch (DuplicateKeyException alreadyACandidate) {
			// the same candidate added twice: nothing changes
		}
	}

	private void copyTaskOntoCandidates(String taskId) {
		this.jdbc.update("update inbox_candidate set claimable = (select case when t.assignee is null then true"
				+ " else false end from inbox_task t where t.task_id = ?), process_key = (select t.process_key"
				+ " from inbox_task t where t.task_id = ?), sort_due = (select t.sort_due from inbox_task t"
				+ " where t.task_id = ?), created_at = (select t.created_at from inbox_task t where t.task_id = ?)"
				+ " where task_id = ?", taskId, taskId, taskId, taskId, taskId);
	}

	private void recordDone(HistoricTaskInstanceEventEntity task) {
		String doneBy = actingUser().orElse(task.getAssignee());
		if (doneBy == null) {
			return;
		}
		// the engine's completion event carries no start time: the task's row has it
		LocalDateTime ended = ReadModelTime.of(endTimeOf(task));
		this.jdbc.update("insert into inbox_done (task_id, done_by, outcome, process_instance_id,"
				+ " process_definition_id, process_key, task_key, name, business_key, created_at, due_at, done_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, (select c.business_key from inbox_case c"
				+ " where c.process_instance_id = ?), coalesce((select t.created_at from inbox_task t"
				+ " where t.task_id = ?), ?), ?, ?)", task.getTaskId(), doneBy, DoneTask.Outcome.COMPLETED.name(),
				task.getProcessInstanceId(), task.getProcessDefinitionId(), task.getProcessDefinitionKey(),
				task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(), task.getTaskId(), ended,
				ReadModelTime.of(task.getDueDate()), ended);
		if (task.getProcessInstanceId() != null) {
			addParticipant(task.getProcessInstanceId(), Principal.user(doneBy));
		}
	}

	private void addAssigneeAsParticipant(HistoricTaskInstanceEventEntity task) {
		if (task.getAssignee() != null && task.getProcessInstanceId() != null) {
			addParticipant(task.getProcessInstanceId(), Principal.user(task.getAssignee()));
		}
	}

	private void addParticipant(String processInstanceId, String principal) {
		try {
			this.jdbc.update("insert into inbox_participant (process_instance_id, participant) select ?, ? from dual"
					+ " where not exists (select 1 from inbox_participant p where p.process_instance_id = ?"
					+ " and p.participant = ?)", processInstanceId, principal, processInstanceId, principal);
		}
		catch (DuplicateKeyException concurrentlyAdded) {
			// another transaction added the same participant a moment ago
		}
	}

	/** Who the engine is acting for: the signed-in user of the request, if any. */
	private static Optional<String> actingUser() {
		CommandContext command = Context.getCommandContext();
		return Optional.ofNullable((command != null) ? command.getAuthenticatedUserId() : null);
	}

	private static Date endTimeOf(HistoricScopeInstanceEvent event) {
		return (event.getEndTime() != null) ? event.getEndTime() : ClockUtil.getCurrentTime();
	}

}
