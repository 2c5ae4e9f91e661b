package cn.enforceflow.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.enforceflow.inbox.WorkflowTasks;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.TaskForm;
import cn.enforceflow.taskform.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.DueStatus;
import cn.enforceflow.inbox.OpenTask;
import cn.enforceflow.inbox.TaskActionRefusedException;
import cn.enforceflow.inbox.TaskActions;
import cn.enforceflow.inbox.TaskConflictException;
import cn.enforceflow.inbox.TaskDetails;
import cn.enforceflow.inbox.TaskDetails.Colleague;
import cn.enforceflow.inbox.TaskDetails.ReturnTarget;
import cn.enforceflow.inbox.TaskDetails.TaskAction;
import cn.enforceflow.inbox.TaskNotFoundException;
import cn.enforceflow.inbox.TaskReturned;
import cn.enforceflow.inbox.TaskTransferred;
import cn.enforceflow.inbox.internal.EngineTasks.EngineTask;
import cn.enforceflow.inbox.internal.InboxQueries.TaskRow;
import cn.enforceflow.platform.BusinessRuleException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim, unclaim, 转办, 退回 and comments, each checked against what the engine says of the
 * task now (not against the read model, which only lists), and each recorded in the audit
 * trail in the same transaction. When two people act on the same task at the same moment
 * the engine's optimistic lock lets one through; the other's transaction is rolled back
 * whole and they are told "该任务已被他人处理".
 */
@Service
@Transactional
class TaskActionService implements TaskActions {

	/** The longest reason for sending a task back. */
	static final int MAX_REASON_LENGTH = 500;

	private final EngineTasks engine;

	private final InboxQueries queries;

	private final ReturnTargets returnTargets;

	private final CaseComments comments;

	private final TaskAudit audit;

	private final Users users;

	private final ProcessNames processNames;

	private final ApplicationEventPublisher events;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final TaskForms forms;

	private final Map<String, WorkflowTasks> workflows;

	TaskActionService(EngineTasks engine, InboxQueries queries, ReturnTargets returnTargets, CaseComments comments,
			TaskAudit audit, Users users, ProcessNames processNames, ApplicationEventPublisher events,
			WorkingCalendar calendar, Clock clock, TaskForms forms, List<WorkflowTasks> workflows) {
		this.forms = forms;
		this.workflows = workflows.stream()
			.collect(Collectors.toUnmodifiableMap(WorkflowTasks::processKey, (workflow) -> workflow));
		this.engine = engine;
		this.queries = queries;
		this.returnTargets = returnTargets;
		this.comments = comments;
		this.audit = audit;
		this.users = users;
		this.processNames = processNames;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public TaskDetails details(UserProfile user, String taskId) {
		EngineTask task = visibleTask(user, taskId);
		TaskRow row = rowOf(task);
		boolean mine = task.assignedTo(user.username());
		boolean workable = mine && !task.suspended();
		List<Colleague> colleagues = workable ? transferCandidates(user, task) : List.of();
		Optional<ReturnTarget> returnTo = returnTarget(task);
		Set<TaskAction> allowed = EnumSet.of(TaskAction.COMMENT);
		boolean claimable = task.assignee() == null && !task.suspended() && task.offeredToAnyOf(Principal.of(user));
		if (claimable) {
			allowed.add(TaskAction.CLAIM);
		}
		if ((workable || claimable) && this.workflows.containsKey(row.processKey())
				&& this.forms.formOf(row.processKey(), task.taskKey()).isPresent()) {
			allowed.add(TaskAction.COMPLETE);
		}
		if (workable) {
			if (!task.candidates().isEmpty()) {
				allowed.add(TaskAction.UNCLAIM);
			}
			if (!colleagues.isEmpty()) {
				allowed.add(TaskAction.TRANSFER);
			}
			if (returnTo.isPresent()) {
				allowed.add(TaskAction.RETURN);
			}
		}
		Instant now = this.clock.instant();
		OpenTask open = new OpenTask(task.id(), task.name(), row.processKey(),
				this.processNames.nameOf(task.processDefinitionId(), row.processKey()), row.businessKey(),
				task.assignee(), task.candidates().stream().filter(Principal::isGroup).map(Principal::id).toList(),
				task.created(), (task.due() != null) ? DueStatus.of(task.due(), now, this.calendar) : null,
				task.suspended());
		return new TaskDetails(open, displayNameOf(task.assignee()), task.processInstanceId(),
				task.processDefinitionId(), task.taskKey(),
				this.returnTargets.documentationOf(task.processDefinitionId(), task.taskKey()).orElse(null), allowed,
				colleagues, returnTo);
	}

	@Override
	public void claim(UserProfile user, String taskId) {
		EngineTask task = visibleTask(user, taskId);
		if (task.assignedTo(user.username())) {
			return;
		}
		if (task.assignee() != null) {
			throw new TaskConflictException();
		}
		if (!task.offeredToAnyOf(Principal.of(user))) {
			throw new TaskActionRefusedException("inbox.claim.notCandidate");
		}
		ensureActive(task);
		onEngine(() -> this.engine.claim(task.id(), user.username()));
		this.audit.claimed(user, task, rowOf(task));
	}

	@Override
	public void unclaim(UserProfile user, String taskId) {
		EngineTask task = heldBy(user, taskId);
		if (task.candidates().isEmpty()) {
			throw new TaskActionRefusedException("inbox.unclaim.noQueue");
		}
		onEngine(() -> this.engine.assign(task.id(), null));
		this.audit.unclaimed(user, task, rowOf(task));
	}

	@Override
	public void transfer(UserProfile user, String taskId, String toUsername) {
		EngineTask task = heldBy(user, taskId);
		if (toUsername == null || toUsername.isBlank()) {
			throw new BusinessRuleException("inbox.transfer.toRequired");
		}
		if (toUsername.equals(user.username())) {
			throw new BusinessRuleException("inbox.transfer.toSelf");
		}
		Colleague colleague = transferCandidates(user, task).stream()
			.filter((c) -> c.username().equals(toUsername))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("inbox.transfer.notEligible", toUsername));
		onEngine(() -> this.engine.assign(task.id(), colleague.username()));
		TaskRow row = rowOf(task);
		this.audit.transferred(user, task, row, colleague.username());
		this.events.publishEvent(new TaskTransferred(task.id(), task.name(), row.processKey(), row.businessKey(),
				user.username(), colleague.username()));
	}

	@Override
	public void returnToPrevious(UserProfile user, String taskId, String reason) {
		EngineTask task = heldBy(user, taskId);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new BusinessRuleException("inbox.return.reasonRequired");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw new BusinessRuleException("inbox.return.reasonTooLong", String.valueOf(MAX_REASON_LENGTH));
		}
		ReturnTarget target = returnTarget(task)
			.orElseThrow(() -> new TaskActionRefusedException("inbox.return.notAllowed"));
		TaskRow row = rowOf(task);
		Task reopened = onEngine(() -> {
			Task created = this.engine.reopen(task, target.taskKey());
			if (created.getAssignee() == null && target.assignee() != null) {
				this.engine.assign(created.getId(), target.assignee());
			}
			return created;
		});
		String reopenedFor = (reopened.getAssignee() != null) ? reopened.getAssignee() : target.assignee();
		Instant now = this.clock.instant();
		this.comments.add(task.processInstanceId(), task.id(), task.name(), user.username(), CaseComments.Kind.RETURN,
				why, now);
		this.queries.recordReturned(task, row, user.username(), now);
		this.audit.returned(user, task, row, target, reopened.getId(), reopenedFor, why);
		this.events.publishEvent(new TaskReturned(task.id(), task.name(), row.processKey(), task.processInstanceId(),
				row.businessKey(), user.username(), reopened.getId(), target.taskKey(), reopenedFor, why));
	}

	@Override
	public void comment(UserProfile user, String taskId, String text) {
		EngineTask task = visibleTask(user, taskId);
		String body = (text != null) ? text.strip() : "";
		if (body.isEmpty()) {
			throw new BusinessRuleException("inbox.comment.required");
		}
		if (body.length() > CaseComments.MAX_LENGTH) {
			throw new BusinessRuleException("inbox.comment.tooLong", String.valueOf(CaseComments.MAX_LENGTH));
		}
		this.comments.add(task.processInstanceId(), task.id(), task.name(), user.username(), CaseComments.Kind.COMMENT,
				body, this.clock.instant());
		this.audit.commented(user, task, rowOf(task), body);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RenderedForm> form(UserProfile user, String taskId) {
		EngineTask task = visibleTask(user, taskId);
		return completion(user, task, false).map((ready) -> this.forms.prepare(ready.form(), ready.context()));
	}

	@Override
	public void complete(UserProfile user, String taskId, Map<String, List<String>> submitted) {
		EngineTask task = visibleTask(user, taskId);
		Completion ready = completion(user, task, true).orElseThrow();
		FormValues values = this.forms.validate(ready.form(), ready.context(), submitted);
		ready.workflow().complete(user, task.id(), task.taskKey(), ready.context().businessKey(), values);
	}

	@Override
	public void complete(UserProfile user, String taskId, JsonNode submitted) {
		EngineTask task = visibleTask(user, taskId);
		Completion ready = completion(user, task, true).orElseThrow();
		FormValues values = this.forms.validate(ready.form(), ready.context(),
				(submitted != null) ? submitted : JsonNodeFactory.instance.objectNode());
		ready.workflow().complete(user, task.id(), task.taskKey(), ready.context().businessKey(), values);
	}

	/**
	 * What completing the task takes: its workflow, its form and the form's context.
	 * @param strict refuse, with the reason, when the person may not complete it here;
	 * otherwise answer empty
	 */
	private Optional<Completion> completion(UserProfile user, EngineTask task, boolean strict) {
		boolean mine = task.assignedTo(user.username());
		boolean claimable = task.assignee() == null && task.offeredToAnyOf(Principal.of(user));
		if (!mine && !claimable) {
			if (strict) {
				throw new TaskConflictException();
			}
			return Optional.empty();
		}
		if (task.suspended()) {
			if (strict) {
				throw new TaskConflictException("inbox.task.suspended");
			}
			return Optional.empty();
		}
		TaskRow row = rowOf(task);
		WorkflowTasks workflow = this.workflows.get(row.processKey());
		Optional<TaskForm> form = (workflow != null) ? this.forms.formOf(row.processKey(), task.taskKey())
				: Optional.empty();
		if (form.isEmpty()) {
			if (strict) {
				throw new TaskActionRefusedException("inbox.complete.notOnline", task.name());
			}
			return Optional.empty();
		}
		FormContext context = new FormContext(user, row.processKey(), task.taskKey(), task.processInstanceId(),
				row.businessKey(), (row.businessKey() != null) ? workflow.formAttributes(row.businessKey()) : Map.of());
		return Optional.of(new Completion(workflow, form.get(), context));
	}

	/** A task ready to be completed with its form. */
	private record Completion(WorkflowTasks workflow, TaskForm form, FormContext context) {

	}

	/**
	 * The task, if this person has it or may claim it; otherwise it does not exist for
	 * them.
	 */
	private EngineTask visibleTask(UserProfile user, String taskId) {
		return this.engine.find(taskId)
			.filter((task) -> task.assignedTo(user.username()) || task.offeredToAnyOf(Principal.of(user)))
			.orElseThrow(() -> new TaskNotFoundException(taskId));
	}

	/** The task, if this person has it and its case is not on hold. */
	private EngineTask heldBy(UserProfile user, String taskId) {
		EngineTask task = visibleTask(user, taskId);
		if (!task.assignedTo(user.username())) {
			if (task.assignee() == null) {
				throw new TaskActionRefusedException("inbox.task.claimFirst");
			}
			throw new TaskConflictException();
		}
		ensureActive(task);
		return task;
	}

	private static void ensureActive(EngineTask task) {
		if (task.suspended()) {
			throw new TaskConflictException("inbox.task.suspended");
		}
	}

	/**
	 * Colleagues who may do the task: members of its candidate groups, and its candidate
	 * users.
	 */
	private List<Colleague> transferCandidates(UserProfile user, EngineTask task) {
		Map<String, Colleague> colleagues = new LinkedHashMap<>();
		for (String candidate : task.candidates()) {
			List<UserProfile> people = Principal.isGroup(candidate) ? this.users.membersOf(Principal.id(candidate))
					: this.users.profile(Principal.id(candidate)).stream().toList();
			people.forEach((p) -> colleagues.putIfAbsent(p.username(), new Colleague(p.username(), p.displayName())));
		}
		colleagues.remove(user.username());
		if (task.assignee() != null) {
			colleagues.remove(task.assignee());
		}
		return List.copyOf(colleagues.values());
	}

	/** The earlier step the model lets this task go back to, once that step was done. */
	private Optional<ReturnTarget> returnTarget(EngineTask task) {
		return this.returnTargets.of(task.processDefinitionId(), task.taskKey())
			.flatMap((step) -> this.engine.lastCompleted(task.processInstanceId(), step.taskKey())
				.map((done) -> new ReturnTarget(step.taskKey(), step.name(), assigneeOf(done),
						displayNameOf(assigneeOf(done)))));
	}

	private static String assigneeOf(HistoricTaskInstance done) {
		return done.getAssignee();
	}

	private String displayNameOf(String username) {
		return (username != null) ? this.users.profile(username).map(UserProfile::displayName).orElse(username) : null;
	}

	private TaskRow rowOf(EngineTask task) {
		return this.queries.tasks(List.of(task.id()))
			.stream()
			.findFirst()
			.orElseGet(() -> new TaskRow(task.id(), task.processInstanceId(), task.processDefinitionId(), null,
					task.taskKey(), task.name(), null, task.assignee(), null, null));
	}

	private static void onEngine(Runnable change) {
		onEngine(() -> {
			change.run();
			return null;
		});
	}

	/**
	 * Runs a change on the engine; a concurrent change by someone else to the same task
	 * becomes a conflict the user can understand.
	 */
	private static <T> T onEngine(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (OptimisticLockingException | TaskAlreadyClaimedException | ConcurrencyFailureException ex) {
			throw new TaskConflictException();
		}
		catch (SuspendedEntityInteractionException ex) {
			throw new TaskConflictException("inbox.task.suspended");
		}
		catch (org.camunda.bpm.engine.exception.NullValueException
				| org.camunda.bpm.engine.exception.NotFoundException ex) {
			// finished by someone else between our read and the engine's
			throw new TaskConflictException();
		}
		catch (ProcessEngineException ex) {
			if (ex.getCause() instanceof ConcurrencyFailureException) {
				throw new TaskConflictException();
			}
			throw ex;
		}
	}

}
