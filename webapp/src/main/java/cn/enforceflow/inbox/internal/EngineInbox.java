package cn.enforceflow.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.DueStatus;
import cn.enforceflow.inbox.Inbox;
import cn.enforceflow.inbox.OpenTask;
import cn.enforceflow.platform.engine.TaskLinks;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The inbox read straight from the engine's task query. Good for a home page; the full
 * inbox with paging over many tasks gets its own read model.
 */
@Service
class EngineInbox implements Inbox {

	private final TaskService tasks;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final WorkingCalendar calendar;

	private final Clock clock;

	EngineInbox(TaskService tasks, RepositoryService repository, RuntimeService runtime, WorkingCalendar calendar,
			Clock clock) {
		this.tasks = tasks;
		this.repository = repository;
		this.runtime = runtime;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<OpenTask> openTasks(UserProfile user, int limit) {
		String username = user.username();
		List<String> groups = CandidateGroups.of(user);
		// tasks with a deadline first, soonest first; then those without one (databases
		// disagree on
		// where a null due date sorts, so the two are asked for separately)
		List<Task> found = new ArrayList<>(query(username, groups).dueAfter(new Date(0))
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, limit));
		if (found.size() < limit) {
			found.addAll(query(username, groups).withoutDueDate()
				.orderByTaskCreateTime()
				.asc()
				.listPage(0, limit - found.size()));
		}
		Instant now = this.clock.instant();
		Map<String, ProcessDefinition> definitions = new HashMap<>();
		Map<String, String> businessKeys = businessKeysOf(found);
		return found.stream().map((task) -> {
			ProcessDefinition definition = definitions.computeIfAbsent(task.getProcessDefinitionId(),
					(id) -> this.repository.getProcessDefinition(id));
			return new OpenTask(task.getId(), task.getName(), definition.getKey(), definition.getName(),
					businessKeys.get(task.getProcessInstanceId()), task.getAssignee(),
					TaskLinks.candidateGroups(this.tasks, task.getId()), task.getCreateTime().toInstant(),
					(task.getDueDate() == null) ? null
							: DueStatus.of(task.getDueDate().toInstant(), now, this.calendar));
		}).toList();
	}

	/** Assigned to the user, or offered to one of their groups and not yet claimed. */
	private TaskQuery query(String username, List<String> groups) {
		TaskQuery query = this.tasks.createTaskQuery().active();
		if (groups.isEmpty()) {
			return query.taskAssignee(username);
		}
		return query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
	}

	private Map<String, String> businessKeysOf(List<Task> found) {
		Set<String> instances = found.stream()
			.map(Task::getProcessInstanceId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<String, String> keys = new HashMap<>();
		if (!instances.isEmpty()) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceIds(instances)
				.list()
				.forEach((instance) -> keys.put(instance.getId(), instance.getBusinessKey()));
		}
		return keys;
	}

}
