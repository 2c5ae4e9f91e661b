package cn.enforceflow.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.DoneTask;
import cn.enforceflow.inbox.DueStatus;
import cn.enforceflow.inbox.Inbox;
import cn.enforceflow.inbox.InboxCounts;
import cn.enforceflow.inbox.InboxPage;
import cn.enforceflow.inbox.InboxQuery;
import cn.enforceflow.inbox.OpenTask;
import cn.enforceflow.inbox.StartedCase;
import cn.enforceflow.inbox.internal.InboxQueries.Filter;
import cn.enforceflow.inbox.internal.InboxQueries.TaskRow;
import cn.enforceflow.workflow.WorkflowSteps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox read from our own tables (ADR 0006), which the engine's history events keep
 * in step: one index range per view, whatever the number of tasks, groups and cases. Only
 * whether a case is on hold (挂起) is asked of the engine, for the tasks of the page.
 */
@Service
@Transactional(readOnly = true)
class ReadModelInbox implements Inbox {

	private final InboxQueries queries;

	private final WorkflowSteps steps;

	private final ProcessNames processNames;

	private final WorkingCalendar calendar;

	private final Clock clock;

	ReadModelInbox(InboxQueries queries, WorkflowSteps steps, ProcessNames processNames, WorkingCalendar calendar,
			Clock clock) {
		this.queries = queries;
		this.steps = steps;
		this.processNames = processNames;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<OpenTask> openTasks(UserProfile user, int limit) {
		Filter none = new Filter(null, null, null);
		List<TaskRow> rows = new ArrayList<>(
				this.queries.assignedTo(user.username(), none, InboxQuery.Sort.DUE, 0, limit));
		rows.addAll(this.queries.claimableBy(Principal.of(user), none, InboxQuery.Sort.DUE, 0, limit));
		List<TaskRow> soonest = rows.stream()
			.sorted(Comparator.comparing((TaskRow row) -> (row.due() != null) ? row.due() : ReadModelTime.NO_DUE_DATE)
				.thenComparing(TaskRow::taskId))
			.limit(limit)
			.toList();
		return openTasks(soonest);
	}

	@Override
	public InboxPage<OpenTask> todo(UserProfile user, InboxQuery query) {
		Filter filter = filterOf(query);
		List<TaskRow> rows = this.queries.assignedTo(user.username(), filter, query.sort(), query.offset(),
				query.size());
		return new InboxPage<>(openTasks(rows), query.page(), query.size(),
				this.queries.countAssignedTo(user.username(), filter));
	}

	@Override
	public InboxPage<OpenTask> group(UserProfile user, InboxQuery query) {
		Filter filter = filterOf(query);
		List<String> principals = Principal.of(user);
		List<TaskRow> rows = this.queries.claimableBy(principals, filter, query.sort(), query.offset(), query.size());
		return new InboxPage<>(openTasks(rows), query.page(), query.size(),
				this.queries.countClaimableBy(principals, filter));
	}

	@Override
	public InboxPage<DoneTask> done(UserProfile user, InboxQuery query) {
		Filter filter = new Filter(query.processKey().orElse(null), null, null);
		List<DoneTask> items = this.queries.doneBy(user.username(), filter, query.offset(), query.size())
			.stream()
			.map((row) -> {
				Instant due = ReadModelTime.instant(row.due());
				Instant done = ReadModelTime.instant(row.done());
				return new DoneTask(row.taskId(), row.name(), row.processKey(),
						this.processNames.nameOf(row.processDefinitionId(), row.processKey()), row.businessKey(),
						DoneTask.Outcome.valueOf(row.outcome()), ReadModelTime.instant(row.created()), done, due,
						due != null && done.isAfter(due));
			})
			.toList();
		return new InboxPage<>(items, query.page(), query.size(), this.queries.countDoneBy(user.username(), filter));
	}

	@Override
	public InboxPage<StartedCase> started(UserProfile user, InboxQuery query) {
		Filter filter = new Filter(query.processKey().orElse(null), null, null);
		List<InboxQueries.CaseRow> cases = this.queries.startedBy(user.username(), filter, query.offset(),
				query.size());
		Instant now = this.clock.instant();
		Map<String, List<TaskRow>> openByCase = this.queries
			.tasksOfCases(cases.stream().map(InboxQueries.CaseRow::processInstanceId).toList())
			.stream()
			.collect(Collectors.groupingBy(TaskRow::processInstanceId));
		List<StartedCase> items = cases.stream()
			.map((row) -> new StartedCase(row.processInstanceId(), row.businessKey(), row.processKey(),
					this.processNames.nameOf(row.processDefinitionId(), row.processKey()),
					ReadModelTime.instant(row.started()), ReadModelTime.instant(row.ended()),
					(row.ended() == null) ? "ACTIVE" : row.endState(),
					openByCase.getOrDefault(row.processInstanceId(), List.of())
						.stream()
						.map((task) -> new StartedCase.CurrentStep(task.name(), task.assignee(),
								dueStatus(task.due(), now)))
						.toList()))
			.toList();
		return new InboxPage<>(items, query.page(), query.size(), this.queries.countStartedBy(user.username(), filter));
	}

	@Override
	public InboxCounts counts(UserProfile user) {
		Filter none = new Filter(null, null, null);
		Filter overdue = new Filter(null, ReadModelTime.of(this.clock.instant()), null);
		return new InboxCounts(this.queries.countAssignedTo(user.username(), none),
				this.queries.countClaimableBy(Principal.of(user), none),
				this.queries.countDoneBy(user.username(), none), this.queries.countStartedBy(user.username(), none),
				this.queries.countAssignedTo(user.username(), overdue));
	}

	private Filter filterOf(InboxQuery query) {
		Instant now = this.clock.instant();
		LocalDateTime overdueBefore = query.overdue() ? ReadModelTime.of(now) : null;
		LocalDateTime dueBy = query.dueWithinWorkingDays().isPresent()
				? ReadModelTime.of(this.calendar.workingDayDeadline(now, query.dueWithinWorkingDays().getAsInt()))
				: null;
		return new Filter(query.processKey().orElse(null), overdueBefore, dueBy);
	}

	private List<OpenTask> openTasks(List<TaskRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(TaskRow::taskId).toList();
		Map<String, List<String>> candidates = this.queries.candidatesOf(ids);
		Set<String> suspended = suspended(ids);
		Instant now = this.clock.instant();
		return rows.stream()
			.map((row) -> new OpenTask(row.taskId(), row.name(), row.processKey(),
					this.processNames.nameOf(row.processDefinitionId(), row.processKey()), row.businessKey(),
					row.assignee(),
					candidates.getOrDefault(row.taskId(), List.of())
						.stream()
						.filter(Principal::isGroup)
						.map(Principal::id)
						.toList(),
					ReadModelTime.instant(row.created()), dueStatus(row.due(), now), suspended.contains(row.taskId())))
			.toList();
	}

	private Set<String> suspended(List<String> taskIds) {
		return this.steps.suspended(taskIds);
	}

	private DueStatus dueStatus(LocalDateTime due, Instant now) {
		return (due != null) ? DueStatus.of(ReadModelTime.instant(due), now, this.calendar) : null;
	}

}
