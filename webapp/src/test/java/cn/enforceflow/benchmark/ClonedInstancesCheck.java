package cn.enforceflow.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.enforceflow.benchmark.InvitationTemplates.Kind;
import cn.enforceflow.benchmark.InvitationTemplates.Step;
import cn.enforceflow.benchmark.InvitationTemplates.Variant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves that the engine can work the clones, not just list them: in one transaction that
 * is rolled back, it completes the newest clone of every open variant, fires one deadline
 * timer and reads a finished clone's history through the engine's API.
 */
final class ClonedInstancesCheck {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final HistoryService history;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	ClonedInstancesCheck(RuntimeService runtime, TaskService tasks, ManagementService management,
			HistoryService history, PlatformTransactionManager transactions, DataSource dataSource) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.history = history;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** What was done, one entry per clone; throws when the engine refuses a clone. */
	List<String> run() {
		List<String> done = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			Map<Variant, String> open = newestClones(Kind.OPEN);
			done.add(fireTimer(open.values().iterator().next()));
			open.forEach((variant, instance) -> done.add(completeOpenTask(variant, instance)));
			newestClones(Kind.FINISHED).forEach((variant, instance) -> done.add(readHistory(variant, instance)));
		});
		return done;
	}

	private Map<Variant, String> newestClones(Kind kind) {
		Map<Variant, String> clones = new LinkedHashMap<>();
		this.jdbc.query(
				"select c.variant, c.proc_inst_id from bench_clone c join (select variant, max(n) n from"
						+ " bench_clone where kind = ? group by variant) newest on newest.n = c.n order by c.variant",
				(row) -> {
					clones.put(Variant.valueOf(row.getString(1)), row.getString(2));
				}, kind.name());
		return clones;
	}

	private String completeOpenTask(Variant variant, String instance) {
		Task task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
		Step step = nextStep(task.getTaskDefinitionKey());
		if (task.getAssignee() == null) {
			this.tasks.claim(task.getId(), "benchmark-check");
		}
		this.tasks.complete(task.getId(), step.variables(ClockUtil.getCurrentTime().toInstant()));
		List<Task> next = this.tasks.createTaskQuery().processInstanceId(instance).list();
		boolean ended = this.runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0;
		if (!ended && (next.size() != 1 || next.get(0).getTaskDefinitionKey().equals(task.getTaskDefinitionKey()))) {
			throw new IllegalStateException(variant + ": completing " + task.getTaskDefinitionKey() + " of clone "
					+ instance + " left " + next);
		}
		return variant + ": " + task.getTaskDefinitionKey() + " completed → "
				+ (ended ? "ended" : next.get(0).getTaskDefinitionKey());
	}

	private String readHistory(Variant variant, String instance) {
		HistoricProcessInstance finished = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance)
			.singleResult();
		long activities = this.history.createHistoricActivityInstanceQuery().processInstanceId(instance).count();
		long tasks = this.history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count();
		long variables = this.history.createHistoricVariableInstanceQuery().processInstanceId(instance).count();
		if (finished == null || finished.getEndTime() == null || activities == 0 || tasks == 0 || variables == 0) {
			throw new IllegalStateException(variant + ": the history of clone " + instance + " is incomplete");
		}
		return variant + ": " + finished.getState() + ", " + activities + " activities, " + tasks + " tasks, "
				+ variables + " variables in the engine's history";
	}

	private String fireTimer(String instance) {
		Job timer = this.management.createJobQuery().processInstanceId(instance).timers().list().get(0);
		this.management.executeJob(timer.getId());
		if (this.management.createJobQuery().jobId(timer.getId()).count() != 0) {
			throw new IllegalStateException("the cloned timer " + timer.getId() + " did not fire");
		}
		return "cloned timer " + timer.getId() + " (" + timer.getDuedate().toInstant() + ") fired";
	}

	private static Step nextStep(String taskKey) {
		for (Step step : List.of(Step.ACCEPT, Step.PROPOSE, Step.CONFIRM, Step.RECORD_NO_HAZARDS, Step.REPORT,
				Step.VERIFY, Step.RATE)) {
			if (step.task().equals(taskKey)) {
				return step;
			}
		}
		throw new IllegalStateException("no step for " + taskKey);
	}

}
