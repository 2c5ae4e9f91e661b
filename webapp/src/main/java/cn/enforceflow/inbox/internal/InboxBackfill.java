package cn.enforceflow.inbox.internal;

import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.WorkflowSteps;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the read model from the engine once, when a database that already holds cases
 * meets the inbox for the first time (an installation upgraded to the inbox). From then
 * on the projection keeps it in step. Runs before the server takes requests; when two
 * nodes start together, one fills it and the other's attempt is rolled back whole.
 */
@Component
class InboxBackfill {

	private static final Logger log = LoggerFactory.getLogger(InboxBackfill.class);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final HistoryService history;

	private final WorkflowSteps steps;

	private final TransactionTemplate transaction;

	InboxBackfill(JdbcTemplate jdbc, HistoryService history, WorkflowSteps steps, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.history = history;
		this.steps = steps;
		this.transaction = transaction;
	}

	@EventListener(ApplicationStartedEvent.class)
	void fillIfEmpty() {
		Long cases = this.jdbc.queryForObject("select count(*) from inbox_case", Long.class);
		if (cases != null && cases > 0) {
			return;
		}
		long engineCases = this.history.createHistoricProcessInstanceQuery().count();
		if (engineCases == 0) {
			return;
		}
		log.info("Filling the inbox read model from the engine's {} cases (first start with the inbox)", engineCases);
		try {
			this.transaction.executeWithoutResult((status) -> fill());
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another node filled the inbox read model first");
		}
	}

	/** Rebuilds the read model from the engine's runtime and history. */
	void fill() {
		this.jdbc.update("delete from inbox_candidate");
		this.jdbc.update("delete from inbox_task");
		this.jdbc.update("delete from inbox_done where outcome = 'COMPLETED'");
		this.jdbc.update("delete from inbox_participant");
		this.jdbc.update("delete from inbox_case");
		for (int first = 0;; first += BATCH) {
			List<HistoricProcessInstance> page = this.history.createHistoricProcessInstanceQuery()
				.orderByProcessInstanceId()
				.asc()
				.listPage(first, BATCH);
			page.forEach(this::addCase);
			if (page.size() < BATCH) {
				break;
			}
		}
		for (int first = 0;; first += BATCH) {
			List<HistoricTaskInstance> page = this.history.createHistoricTaskInstanceQuery()
				.finished()
				.taskDeleteReason(TaskEntity.DELETE_REASON_COMPLETED)
				.orderByTaskId()
				.asc()
				.listPage(first, BATCH);
			page.forEach(this::addDone);
			if (page.size() < BATCH) {
				break;
			}
		}
		for (int first = 0;; first += BATCH) {
			List<OpenStep> page = this.steps.page(first, BATCH);
			page.forEach(this::addOpen);
			if (page.size() < BATCH) {
				break;
			}
		}
		// whoever could have taken a finished task: read straight from the engine's
		// history,
		// as no query of its API joins a task's candidates to its case
		this.jdbc.update("insert into inbox_participant (process_instance_id, participant)"
				+ " select distinct t.PROC_INST_ID_, case when l.GROUP_ID_ is not null then concat('G:', l.GROUP_ID_)"
				+ " else concat('U:', l.USER_ID_) end from ACT_HI_IDENTITYLINK l join ACT_HI_TASKINST t"
				+ " on t.ID_ = l.TASK_ID_ where l.TYPE_ = 'candidate' and l.OPERATION_TYPE_ = 'add'"
				+ " and t.PROC_INST_ID_ is not null and not exists (select 1 from inbox_participant p"
				+ " where p.process_instance_id = t.PROC_INST_ID_ and p.participant = case when l.GROUP_ID_ is not null"
				+ " then concat('G:', l.GROUP_ID_) else concat('U:', l.USER_ID_) end)");
	}

	private void addCase(HistoricProcessInstance instance) {
		this.jdbc.update(
				"insert into inbox_case (process_instance_id, process_definition_id, process_key, business_key,"
						+ " started_by, started_at, ended_at, end_state) values (?, ?, ?, ?, ?, ?, ?, ?)",
				instance.getId(), instance.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
				instance.getBusinessKey(), instance.getStartUserId(), ReadModelTime.of(instance.getStartTime()),
				ReadModelTime.of(instance.getEndTime()), (instance.getEndTime() != null) ? instance.getState() : null);
		if (instance.getStartUserId() != null) {
			participant(instance.getId(), Principal.user(instance.getStartUserId()));
		}
	}

	private void addDone(HistoricTaskInstance task) {
		if (task.getAssignee() == null) {
			return;
		}
		this.jdbc.update("insert into inbox_done (task_id, done_by, outcome, process_instance_id,"
				+ " process_definition_id, process_key, task_key, name, business_key, created_at, due_at, done_at)"
				+ " select ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, (select c.business_key from inbox_case c"
				+ " where c.process_instance_id = ?), ?, ?, ? from dual"
				+ " where not exists (select 1 from inbox_done d where d.task_id = ?)", task.getId(),
				task.getAssignee(), task.getProcessInstanceId(), task.getProcessDefinitionId(),
				task.getProcessDefinitionKey(), task.getTaskDefinitionKey(), task.getName(),
				task.getProcessInstanceId(), ReadModelTime.of(task.getStartTime()), ReadModelTime.of(task.getDueDate()),
				ReadModelTime.of(task.getEndTime()), task.getId());
		if (task.getProcessInstanceId() != null) {
			participant(task.getProcessInstanceId(), Principal.user(task.getAssignee()));
		}
	}

	private void addOpen(OpenStep task) {
		this.jdbc.update("insert into inbox_task (task_id, process_instance_id, process_definition_id, process_key,"
				+ " task_key, name, business_key, assignee, created_at, due_at, sort_due) values (?, ?, ?, ?, ?, ?,"
				+ " (select c.business_key from inbox_case c where c.process_instance_id = ?), ?, ?, ?, ?)",
				task.taskId(), task.processInstanceId(), task.processDefinitionId(), task.processKey(), task.taskKey(),
				task.name(), task.processInstanceId(), task.assignee(), ReadModelTime.of(task.created()),
				ReadModelTime.of(task.due()), ReadModelTime.sortDue(task.due()));
		List<String> candidates = new ArrayList<>();
		task.candidateGroups().forEach((group) -> candidates.add(Principal.group(group)));
		task.candidateUsers().forEach((user) -> candidates.add(Principal.user(user)));
		for (String candidate : candidates) {
			this.jdbc.update(
					"insert into inbox_candidate (task_id, candidate, claimable, process_key, sort_due,"
							+ " created_at) values (?, ?, ?, ?, ?, ?)",
					task.taskId(), candidate, task.unassigned(), task.processKey(), ReadModelTime.sortDue(task.due()),
					ReadModelTime.of(task.created()));
			if (task.processInstanceId() != null) {
				participant(task.processInstanceId(), candidate);
			}
		}
		if (task.assignee() != null && task.processInstanceId() != null) {
			participant(task.processInstanceId(), Principal.user(task.assignee()));
		}
	}

	private void participant(String processInstanceId, String principal) {
		this.jdbc.update("insert into inbox_participant (process_instance_id, participant) select ?, ? from dual"
				+ " where not exists (select 1 from inbox_participant p where p.process_instance_id = ?"
				+ " and p.participant = ?)", processInstanceId, principal, processInstanceId, principal);
	}

}
