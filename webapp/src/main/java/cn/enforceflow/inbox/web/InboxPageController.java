package cn.enforceflow.inbox.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.CaseTimeline;
import cn.enforceflow.inbox.CaseTimelines;
import cn.enforceflow.inbox.GroupLabels;
import cn.enforceflow.inbox.Inbox;
import cn.enforceflow.inbox.InboxPage;
import cn.enforceflow.inbox.InboxQuery;
import cn.enforceflow.inbox.InboxView;
import cn.enforceflow.inbox.OpenTask;
import cn.enforceflow.inbox.TaskActions;
import cn.enforceflow.workflow.TaskConflictException;
import cn.enforceflow.inbox.TaskDetails;
import cn.enforceflow.inbox.TaskNotFoundException;
import cn.enforceflow.inbox.Completed;
import cn.enforceflow.platform.web.Flash;
import cn.enforceflow.platform.web.PageController;
import cn.enforceflow.taskform.InvalidFormException;
import cn.enforceflow.taskform.RenderedForm;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.MultiValueMap;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.engine.DeployedModels;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的工作: the inbox views with their filters, the page of a task with its actions, and the
 * forms those actions post. Every action answers with a redirect and a message that says
 * what happened, or why nothing did.
 */
@PageController
class InboxPageController {

	private final Inbox inbox;

	private final TaskActions actions;

	private final CaseTimelines timelines;

	private final DeployedModels models;

	private final GroupLabels groupLabels;

	InboxPageController(Inbox inbox, TaskActions actions, CaseTimelines timelines, DeployedModels models,
			GroupLabels groupLabels) {
		this.inbox = inbox;
		this.actions = actions;
		this.timelines = timelines;
		this.models = models;
		this.groupLabels = groupLabels;
	}

	@GetMapping("/tasks")
	String list(UserProfile user, @RequestParam(required = false) String view,
			@RequestParam(required = false) String process, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String dueWithin, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
		// an enterprise's people work on what is offered to their enterprise: that is
		// their list
		InboxView chosen = (view == null && user.hasRole(Role.ENTERPRISE)) ? InboxView.GROUP
				: InboxParameters.view(view);
		InboxQuery query = InboxParameters.query(process, overdue, dueWithin, sort, page, size);
		InboxPage<?> found = switch (chosen) {
			case TODO -> this.inbox.todo(user, query);
			case GROUP -> this.inbox.group(user, query);
			case DONE -> this.inbox.done(user, query);
			case STARTED -> this.inbox.started(user, query);
		};
		Set<String> groups = new HashSet<>();
		found.items()
			.stream()
			.filter(OpenTask.class::isInstance)
			.map(OpenTask.class::cast)
			.forEach((task) -> groups.addAll(task.candidateGroups()));
		model.addAttribute("view", chosen.parameter());
		model.addAttribute("query", query);
		model.addAttribute("found", found);
		model.addAttribute("counts", this.inbox.counts(user));
		model.addAttribute("processes", this.models.processes());
		model.addAttribute("groupLabels", this.groupLabels.of(groups));
		model.addAttribute("dueWithinChoices", List.of(0, 1, 3, 5, 10));
		return "inbox/list";
	}

	@GetMapping("/tasks/{id}")
	String task(UserProfile user, @PathVariable String id, Model model) {
		return taskPage(user, id, model, this.actions.form(user, id).orElse(null));
	}

	@PostMapping("/tasks/{id}/complete")
	String complete(UserProfile user, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Completed done = this.actions.complete(user, id, form);
			Flash.success(redirect, done.messageKey(), done.argumentArray());
			return "redirect:" + ((done.next() != null) ? done.next() : "/tasks");
		}
		catch (TaskNotFoundException | TaskConflictException ex) {
			Flash.error(redirect, ex);
			return "redirect:/tasks";
		}
		catch (InvalidFormException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			RenderedForm shown = this.actions.form(user, id)
				.map((f) -> f.withSubmitted(form).withErrors(ex))
				.orElse(null);
			return taskPage(user, id, model, shown);
		}
		catch (BusinessRuleException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("formErrorKey", ex.messageKey());
			model.addAttribute("formErrorArgs", ex.arguments());
			RenderedForm shown = this.actions.form(user, id).map((f) -> f.withSubmitted(form)).orElse(null);
			return taskPage(user, id, model, shown);
		}
	}

	private String taskPage(UserProfile user, String id, Model model, RenderedForm form) {
		TaskDetails details = this.actions.details(user, id);
		model.addAttribute("taskForm", form);
		this.actions.panel(user, id).ifPresent((panel) -> {
			model.addAttribute("panelTemplate", "/" + panel.template() + ".ftlh");
			model.addAttribute("panel", panel.model());
		});
		Set<String> groups = new HashSet<>(details.task().candidateGroups());
		model.addAttribute("details", details);
		model.addAttribute("task", details.task());
		if (details.task().businessKey() != null) {
			CaseTimeline timeline = this.timelines.timeline(user, details.task().businessKey());
			timeline.steps().forEach((step) -> groups.addAll(step.candidateGroups()));
			model.addAttribute("timeline", timeline);
		}
		model.addAttribute("groupLabels", this.groupLabels.of(groups));
		return "inbox/task";
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(UserProfile user, @PathVariable String id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.actions.claim(user, id), "inbox.flash.claimed", "redirect:/tasks/" + id);
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(UserProfile user, @PathVariable String id, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.actions.unclaim(user, id), "inbox.flash.unclaimed",
				"redirect:/tasks?view=group");
	}

	@PostMapping("/tasks/{id}/transfer")
	String transfer(UserProfile user, @PathVariable String id, @RequestParam(required = false) String to,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, id, () -> this.actions.transfer(user, id, to, reason), "inbox.flash.transferred",
				"redirect:/tasks");
	}

	@PostMapping("/tasks/{id}/urge")
	String urge(UserProfile user, @PathVariable String id, @RequestParam(required = false) String message,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		String next = (back != null && back.startsWith("/") && !back.startsWith("//")) ? "redirect:" + back
				: "redirect:/tasks";
		// 催办 comes from a page the person reads (the case's progress), not from the task,
		// which is not theirs: a refusal is told there too
		try {
			this.actions.urge(user, id, message);
			Flash.success(redirect, "inbox.flash.urged");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex);
		}
		return next;
	}

	@PostMapping("/tasks/{id}/return")
	String sendBack(UserProfile user, @PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> this.actions.returnToPrevious(user, id, reason), "inbox.flash.returned",
				"redirect:/tasks");
	}

	@PostMapping("/tasks/{id}/comment")
	String comment(UserProfile user, @PathVariable String id, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> this.actions.comment(user, id, text), "inbox.flash.commented",
				"redirect:/tasks/" + id);
	}

	/**
	 * Runs an action and says how it went. A task that is gone or taken sends the person
	 * back to their list; any other refusal back to the task, with the reason.
	 */
	private static String act(RedirectAttributes redirect, String taskId, Runnable action, String doneKey,
			String next) {
		try {
			action.run();
			Flash.success(redirect, doneKey);
			return next;
		}
		catch (TaskNotFoundException | TaskConflictException ex) {
			Flash.error(redirect, ex);
			return "redirect:/tasks";
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex);
			return "redirect:/tasks/" + taskId;
		}
	}

}
