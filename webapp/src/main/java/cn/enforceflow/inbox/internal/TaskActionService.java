package cn.enforceflow.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.Completed;
import cn.enforceflow.inbox.DueStatus;
import cn.enforceflow.inbox.OpenTask;
import cn.enforceflow.inbox.TaskActionRefusedException;
import cn.enforceflow.inbox.TaskActions;
import cn.enforceflow.inbox.TaskDetails;
import cn.enforceflow.inbox.TaskDetails.Colleague;
import cn.enforceflow.inbox.TaskDetails.ReturnTarget;
import cn.enforceflow.inbox.TaskDetails.TaskAction;
import cn.enforceflow.inbox.TaskNotFoundException;
import cn.enforceflow.inbox.TaskReturned;
import cn.enforceflow.inbox.TaskTransferred;
import cn.enforceflow.inbox.WorkflowTasks;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.TaskForm;
import cn.enforceflow.taskform.TaskForms;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepAccess;
import cn.enforceflow.workflow.TaskConflictException;
import cn.enforceflow.workflow.WorkflowSteps;
import cn.enforceflow.workflow.WorkflowSteps.Reopened;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does with a task in the inbox — claim, give back, 转办, 退回, 催办, comment,
 * and complete it with its form — on the shared workflow layer ({@link WorkflowSteps}),
 * which checks each change against the engine and records it in the audit trail, in the
 * same transaction. The inbox adds what is its own: comments, the return's entry among
 * what a person has done, and the events that tell colleagues.
 */
@Service
@Transactional
class TaskActionService implements TaskActions {

	private final WorkflowSteps steps;

	private final InboxQueries queries;

	private final CaseComments comments;

	private final TaskNotes notes;

	private final ProcessNames processNames;

	private final ApplicationEventPublisher events;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final TaskForms forms;

	private final Map<String, WorkflowTasks> workflows;

	TaskActionService(WorkflowSteps steps, InboxQueries queries, CaseComments comments, TaskNotes notes,
			ProcessNames processNames, ApplicationEventPublisher events, WorkingCalendar calendar, Clock clock,
			TaskForms forms, List<WorkflowTasks> workflows) {
		this.steps = steps;
		this.queries = queries;
		this.comments = comments;
		this.notes = notes;
		this.processNames = processNames;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
		this.forms = forms;
		this.workflows = workflows.stream()
			.collect(Collectors.toUnmodifiableMap(WorkflowTasks::processKey, (workflow) -> workflow));
	}

	@Override
	@Transactional(readOnly = true)
	public TaskDetails details(UserProfile user, String taskId) {
		OpenStep step = visible(user, taskId);
		StepAccess access = this.steps.access(user, step);
		boolean mine = access == StepAccess.ASSIGNED;
		boolean actsForEnterprise = user.hasRole(Role.ENTERPRISE);
		List<Colleague> colleagues = mine ? this.steps.colleagues(user, step)
			.stream()
			.map((c) -> new Colleague(c.username(), c.displayName()))
			.toList() : List.of();
		Optional<ReturnTarget> returnTo = this.steps.returnTarget(step)
			.map((t) -> new ReturnTarget(t.taskKey(), t.name(), t.assignee(), t.assigneeName()));
		Set<TaskAction> allowed = EnumSet.of(TaskAction.COMMENT);
		// an enterprise's people work on what is offered to their enterprise without
		// claiming it
		if (access == StepAccess.CLAIMABLE && !actsForEnterprise) {
			allowed.add(TaskAction.CLAIM);
		}
		if (access.mayWork() && formOf(step).isPresent()) {
			allowed.add(TaskAction.COMPLETE);
		}
		if (mine) {
			if (step.hasQueue() && !actsForEnterprise) {
				allowed.add(TaskAction.UNCLAIM);
			}
			if (!colleagues.isEmpty()) {
				allowed.add(TaskAction.TRANSFER);
			}
			if (returnTo.isPresent()) {
				allowed.add(TaskAction.RETURN);
			}
		}
		if (this.notes.mayUrge(user, step)) {
			allowed.add(TaskAction.URGE);
		}
		Instant now = this.clock.instant();
		OpenTask open = new OpenTask(step.taskId(), step.name(), step.processKey(),
				this.processNames.nameOf(step.processDefinitionId(), step.processKey()), step.businessKey(),
				step.assignee(), step.candidateGroups(), step.created(),
				(step.due() != null) ? DueStatus.of(step.due(), now, this.calendar) : null, step.suspended());
		return new TaskDetails(open, this.notes.displayNameOf(step.assignee()), step.processInstanceId(),
				step.processDefinitionId(), step.taskKey(), this.steps.rules(step).documentation().orElse(null),
				allowed, colleagues, returnTo, access);
	}

	@Override
	public void claim(UserProfile user, String taskId) {
		this.steps.claim(user, visible(user, taskId));
	}

	@Override
	public void unclaim(UserProfile user, String taskId) {
		this.steps.unclaim(user, visible(user, taskId));
	}

	@Override
	public void transfer(UserProfile user, String taskId, String toUsername, String reason) {
		OpenStep step = visible(user, taskId);
		cn.enforceflow.workflow.Colleague to = this.steps.transfer(user, step, toUsername, reason);
		String why = reason.strip();
		this.comments.add(step.processInstanceId(), step.taskId(), step.name(), user.username(),
				CaseComments.Kind.TRANSFER, why, this.clock.instant());
		this.events.publishEvent(new TaskTransferred(step.taskId(), step.name(), step.processKey(), step.businessKey(),
				user.username(), to.username(), why));
	}

	@Override
	public void returnToPrevious(UserProfile user, String taskId, String reason) {
		OpenStep step = visible(user, taskId);
		Reopened reopened = this.steps.sendBack(user, step, reason);
		String why = reason.strip();
		Instant now = this.clock.instant();
		this.comments.add(step.processInstanceId(), step.taskId(), step.name(), user.username(),
				CaseComments.Kind.RETURN, why, now);
		this.queries.recordReturned(step, user.username(), now);
		this.events.publishEvent(new TaskReturned(step.taskId(), step.name(), step.processKey(),
				step.processInstanceId(), step.businessKey(), user.username(), reopened.step().taskId(),
				reopened.target().taskKey(), reopened.step().assignee(), why));
	}

	@Override
	public void urge(UserProfile user, String taskId, String message) {
		OpenStep step = this.steps.find(taskId)
			.filter((found) -> this.notes.mayRead(user, found))
			.orElseThrow(() -> new TaskNotFoundException(taskId));
		this.notes.urge(user, step, message);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayUrge(UserProfile user, String taskId) {
		return this.steps.find(taskId).filter((step) -> this.notes.mayUrge(user, step)).isPresent();
	}

	@Override
	public void comment(UserProfile user, String taskId, String text) {
		this.notes.comment(user, visible(user, taskId), text);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RenderedForm> form(UserProfile user, String taskId) {
		OpenStep step = visible(user, taskId);
		return completion(user, step, false).map((ready) -> this.forms.prepare(ready.form(), ready.context()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkflowTasks.CasePanel> panel(UserProfile user, String taskId) {
		OpenStep step = visible(user, taskId);
		WorkflowTasks workflow = this.workflows.get(step.processKey());
		return (workflow != null && step.businessKey() != null) ? workflow.panel(user, step) : Optional.empty();
	}

	@Override
	public Completed complete(UserProfile user, String taskId, Map<String, List<String>> submitted) {
		OpenStep step = visible(user, taskId);
		Completion ready = completion(user, step, true).orElseThrow();
		FormValues values = this.forms.validate(ready.form(), ready.context(), submitted);
		return ready.workflow().complete(user, step, values);
	}

	@Override
	public Completed complete(UserProfile user, String taskId, JsonNode submitted) {
		OpenStep step = visible(user, taskId);
		Completion ready = completion(user, step, true).orElseThrow();
		FormValues values = this.forms.validate(ready.form(), ready.context(),
				(submitted != null) ? submitted : JsonNodeFactory.instance.objectNode());
		return ready.workflow().complete(user, step, values);
	}

	/**
	 * What completing the task takes: its workflow, its form and the form's context.
	 * @param strict refuse, with the reason, when the person may not complete it here;
	 * otherwise answer empty
	 */
	private Optional<Completion> completion(UserProfile user, OpenStep step, boolean strict) {
		StepAccess access = this.steps.access(user, step);
		if (!access.mayWork()) {
			if (strict) {
				throw switch (access) {
					case SUSPENDED -> new TaskConflictException("inbox.task.suspended");
					case NOT_CERTIFIED -> new TaskActionRefusedException("inbox.complete.notCertified", step.name());
					case EXCLUDED -> new TaskActionRefusedException("inbox.complete.fourEyes", step.name());
					default -> new TaskConflictException();
				};
			}
			return Optional.empty();
		}
		WorkflowTasks workflow = this.workflows.get(step.processKey());
		Optional<TaskForm> form = formOf(step);
		if (workflow == null || form.isEmpty()) {
			if (strict) {
				throw new TaskActionRefusedException("inbox.complete.notOnline", step.name());
			}
			return Optional.empty();
		}
		FormContext context = new FormContext(user, step.processKey(), step.taskKey(), step.processInstanceId(),
				step.businessKey(), (step.businessKey() != null) ? workflow.formAttributes(step) : Map.of());
		return Optional.of(new Completion(workflow, form.get(), context));
	}

	private Optional<TaskForm> formOf(OpenStep step) {
		return this.workflows.containsKey(step.processKey()) ? this.forms.formOf(step.processKey(), step.taskKey())
				: Optional.empty();
	}

	/** A task ready to be completed with its form. */
	private record Completion(WorkflowTasks workflow, TaskForm form, FormContext context) {

	}

	/**
	 * The task, if this person has it or may claim it; otherwise it does not exist for
	 * them.
	 */
	private OpenStep visible(UserProfile user, String taskId) {
		return this.steps.find(taskId)
			.filter((step) -> step.assignedTo(user.username()) || step.offeredTo(user))
			.orElseThrow(() -> new TaskNotFoundException(taskId));
	}

}
