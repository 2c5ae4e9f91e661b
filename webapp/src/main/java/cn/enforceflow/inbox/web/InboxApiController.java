package cn.enforceflow.inbox.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.Completed;
import cn.enforceflow.inbox.DoneTask;
import cn.enforceflow.inbox.DueStatus;
import cn.enforceflow.inbox.Inbox;
import cn.enforceflow.inbox.InboxPage;
import cn.enforceflow.inbox.InboxQuery;
import cn.enforceflow.inbox.InboxView;
import cn.enforceflow.inbox.OpenTask;
import cn.enforceflow.inbox.StartedCase;
import cn.enforceflow.inbox.TaskActions;
import cn.enforceflow.inbox.TaskDetails;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work inbox as JSON: the same views, filters and actions as the pages.
 */
@RestController
@Tag(name = "inbox", description = "待办、部门待领、已办、我发起的；认领、退领、转办、退回、催办、意见")
class InboxApiController {

	private final Inbox inbox;

	private final TaskActions actions;

	private final MessageSource messages;

	InboxApiController(Inbox inbox, TaskActions actions, MessageSource messages) {
		this.inbox = inbox;
		this.actions = actions;
		this.messages = messages;
	}

	@GetMapping("/api/tasks")
	@Operation(summary = "收件箱：todo 待办（指派给我）、group 部门待领（我所在组可认领）、done 已办、started 我发起的")
	ViewPage<?> tasks(UserProfile user,
			@Parameter(description = "todo | group | done | started，默认 todo") @RequestParam(
					required = false) String view,
			@Parameter(description = "只看某一流程，如 invitation") @RequestParam(required = false) String process,
			@Parameter(description = "只看已超期的（true/false）") @RequestParam(required = false) String overdue,
			@Parameter(description = "只看 N 个工作日内到期的，0 为今日") @RequestParam(required = false) String dueWithin,
			@Parameter(description = "due（按到期时间，默认）或 created（按创建时间，新的在前）") @RequestParam(required = false) String sort,
			@Parameter(description = "页码，从 0 开始") @RequestParam(required = false) String page,
			@Parameter(description = "每页条数，1 到 100，默认 20") @RequestParam(required = false) String size) {
		InboxView chosen = InboxParameters.view(view);
		InboxQuery query = InboxParameters.query(process, overdue, dueWithin, sort, page, size);
		return switch (chosen) {
			case TODO -> ViewPage.of(chosen, this.inbox.todo(user, query), TaskItem::of);
			case GROUP -> ViewPage.of(chosen, this.inbox.group(user, query), TaskItem::of);
			case DONE -> ViewPage.of(chosen, this.inbox.done(user, query), DoneItem::of);
			case STARTED -> ViewPage.of(chosen, this.inbox.started(user, query), CaseItem::of);
		};
	}

	@GetMapping("/api/tasks/{id}")
	@Operation(summary = "一项待办任务：所属案件、期限，以及当前用户可执行的操作")
	TaskAnswer task(UserProfile user, @PathVariable String id) {
		return TaskAnswer.of(this.actions.details(user, id));
	}

	@PostMapping("/api/tasks/{id}/claim")
	@Operation(summary = "认领：从所在组的待领任务中领取")
	ResponseEntity<Void> claim(UserProfile user, @PathVariable String id) {
		this.actions.claim(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/unclaim")
	@Operation(summary = "退领：把已认领的任务放回所在组")
	ResponseEntity<Void> unclaim(UserProfile user, @PathVariable String id) {
		this.actions.unclaim(user, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/transfer")
	@Operation(summary = "转办：交给可以办理该任务的同事（须说明理由），请求体 {\"userId\": \"...\", \"reason\": \"...\"}")
	ResponseEntity<Void> transfer(UserProfile user, @PathVariable String id,
			@RequestBody(required = false) TransferRequest body) {
		TransferRequest request = (body != null) ? body : new TransferRequest(null, null);
		this.actions.transfer(user, id, request.userId(), request.reason());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/return")
	@Operation(summary = "退回：退回上一环节的办理人，需说明理由，请求体 {\"reason\": \"...\"}")
	ResponseEntity<Void> sendBack(UserProfile user, @PathVariable String id,
			@RequestBody(required = false) ReasonRequest body) {
		this.actions.returnToPrevious(user, id, (body != null) ? body.reason() : null);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/urge")
	@Operation(summary = "催办：超期任务由案件发起人或执法监督员催办（每日一次），请求体 {\"message\": \"...\"}（可选）")
	ResponseEntity<Void> urge(UserProfile user, @PathVariable String id,
			@RequestBody(required = false) UrgeRequest body) {
		this.actions.urge(user, id, (body != null) ? body.message() : null);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/comment")
	@Operation(summary = "填写意见，请求体 {\"text\": \"...\"}")
	ResponseEntity<Void> comment(UserProfile user, @PathVariable String id,
			@RequestBody(required = false) CommentRequest body) {
		this.actions.comment(user, id, (body != null) ? body.text() : null);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/tasks/{id}/complete")
	@Operation(summary = "办理：按该环节的表单提交（JSON，字段同表单；逐项的字段为以行键为键的对象），服务端再次校验；答复办理结果与下一步")
	CompletedAnswer complete(UserProfile user, @PathVariable String id, @RequestBody(required = false) JsonNode values,
			Locale locale) {
		Completed done = this.actions.complete(user, id, values);
		return new CompletedAnswer(this.messages.getMessage(done.messageKey(), done.argumentArray(), locale),
				done.next());
	}

	record TransferRequest(String userId, String reason) {

	}

	record ReasonRequest(String reason) {

	}

	record UrgeRequest(String message) {

	}

	record CommentRequest(String text) {

	}

	/** What completing the task did and what comes next, and the case's page. */
	record CompletedAnswer(String message, String next) {

	}

	/** A page of a view, with the view's own items. */
	record ViewPage<T>(String view, int page, int size, long total, int totalPages, List<T> items) {

		static <S, T> ViewPage<T> of(InboxView view, InboxPage<S> page, java.util.function.Function<S, T> item) {
			return new ViewPage<>(view.parameter(), page.page(), page.size(), page.total(), page.totalPages(),
					page.items().stream().map(item).toList());
		}

	}

	/**
	 * An open task; {@code workingDaysLeft} is negative when overdue and null without a
	 * due date.
	 */
	record TaskItem(String id, String processKey, String processName, String name, String businessKey, String assignee,
			List<String> candidateGroups, Instant created, Instant due, Integer workingDaysLeft, boolean overdue,
			boolean suspended) {

		static TaskItem of(OpenTask task) {
			return new TaskItem(task.id(), task.processKey(), task.processName(), task.name(), task.businessKey(),
					task.assignee(), task.candidateGroups(), task.created(),
					(task.due() != null) ? task.due().due() : null, daysLeft(task.due()), task.overdue(),
					task.suspended());
		}

	}

	record DoneItem(String id, String processKey, String processName, String name, String businessKey,
			DoneTask.Outcome outcome, Instant created, Instant done, Instant due, boolean late) {

		static DoneItem of(DoneTask task) {
			return new DoneItem(task.id(), task.processKey(), task.processName(), task.name(), task.businessKey(),
					task.outcome(), task.created(), task.done(), task.due(), task.late());
		}

	}

	record CaseItem(String processInstanceId, String businessKey, String processKey, String processName,
			Instant started, Instant ended, String state, List<StepItem> currentSteps) {

		static CaseItem of(StartedCase started) {
			return new CaseItem(started.processInstanceId(), started.businessKey(), started.processKey(),
					started.processName(), started.started(), started.ended(), started.state(),
					started.currentSteps()
						.stream()
						.map((step) -> new StepItem(step.name(), step.assignee(),
								(step.due() != null) ? step.due().due() : null, daysLeft(step.due()),
								step.due() != null && step.due().overdue()))
						.toList());
		}

	}

	record StepItem(String name, String assignee, Instant due, Integer workingDaysLeft, boolean overdue) {

	}

	record TaskAnswer(TaskItem task, String processInstanceId, String taskKey, String documentation,
			List<TaskDetails.TaskAction> allowedActions, List<TaskDetails.Colleague> transferTo,
			TaskDetails.ReturnTarget returnTo) {

		static TaskAnswer of(TaskDetails details) {
			return new TaskAnswer(TaskItem.of(details.task()), details.processInstanceId(), details.taskKey(),
					details.documentation(), details.allowed().stream().sorted().toList(), details.transferTo(),
					details.returnTo().orElse(null));
		}

	}

	private static Integer daysLeft(DueStatus due) {
		if (due == null) {
			return null;
		}
		return switch (due.state()) {
			case REMAINING -> due.workingDays();
			case DUE_TODAY -> 0;
			case OVERDUE -> -due.workingDays();
		};
	}

}
