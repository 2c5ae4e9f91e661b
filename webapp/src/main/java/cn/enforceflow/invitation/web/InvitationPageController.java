package cn.enforceflow.invitation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.DataScope;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.CaseTimeline;
import cn.enforceflow.inbox.CaseTimelines;
import cn.enforceflow.inbox.GroupLabels;
import cn.enforceflow.inbox.CaseNextSteps;
import cn.enforceflow.inbox.CaseNextSteps.NextStep;
import cn.enforceflow.invitation.InvitationActionRefusedException;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationRequests;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.VisitScheduling;
import cn.enforceflow.documents.CaseFiles;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.NotFoundException;
import cn.enforceflow.platform.web.Flash;
import cn.enforceflow.platform.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 邀约式执法检查 for people: the list with its search, the enterprise's submit form (items
 * picked from the chosen department's published list), the progress page of one (where it
 * stands, what to do next, every finding and step), withdrawing and moving the visit, and
 * the findings awaiting the exemption assessment. The steps themselves are done on the
 * task pages.
 */
@PageController
class InvitationPageController {

	private final Invitations invitations;

	private final InvitationRequests requests;

	private final VisitScheduling scheduling;

	private final Organizations organizations;

	private final InspectionCatalog catalog;

	private final CaseTimelines timelines;

	private final CaseNextSteps nextSteps;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final GroupLabels groupLabels;

	private final CaseFiles files;

	InvitationPageController(Invitations invitations, InvitationRequests requests, VisitScheduling scheduling,
			Organizations organizations, InspectionCatalog catalog, CaseTimelines timelines, CaseNextSteps nextSteps,
			WorkingCalendar calendar, Clock clock, GroupLabels groupLabels, CaseFiles files) {
		this.invitations = invitations;
		this.requests = requests;
		this.scheduling = scheduling;
		this.organizations = organizations;
		this.catalog = catalog;
		this.timelines = timelines;
		this.nextSteps = nextSteps;
		this.calendar = calendar;
		this.clock = clock;
		this.groupLabels = groupLabels;
		this.files = files;
	}

	@GetMapping("/invitations")
	String list(UserProfile user, @ModelAttribute("filters") InvitationListParameters parameters, Model model,
			HttpServletResponse response) {
		try {
			model.addAttribute("found", this.invitations.search(user, parameters.search()));
		}
		catch (BusinessRuleException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			model.addAttribute("found",
					this.invitations.search(user, cn.enforceflow.invitation.InvitationSearch.all()));
		}
		model.addAttribute("statuses", Arrays.asList(InvitationStatus.values()));
		model.addAttribute("mayInvite", Authorization.scopesOf(user).contains(DataScope.OWN_ENTERPRISE));
		model.addAttribute("onTeams", user.hasRole(Role.OFFICER));
		return "invitation/list";
	}

	@GetMapping("/invitations/new")
	String form(UserProfile user, @RequestParam(required = false) String department, Model model) {
		mayInvite(user);
		addForm(model, department, Map.of());
		return "invitation/new";
	}

	@PostMapping("/invitations")
	String submit(UserProfile user, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		mayInvite(user);
		try {
			TrackingNumber number = this.requests.submit(user, new NewInvitation(form.getFirst("departmentCode"),
					Optional.ofNullable(form.get("itemCodes")).orElse(List.of()), date(form.getFirst("windowStart")),
					date(form.getFirst("windowEnd")), form.getFirst("siteAddress"), form.getFirst("contactName"),
					form.getFirst("contactPhone"), form.getFirst("description")));
			redirect.addFlashAttribute("submitted", number.value());
			return "redirect:/invitations/" + number.value();
		}
		catch (BusinessRuleException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
			addForm(model, form.getFirst("departmentCode"), form);
			return "invitation/new";
		}
	}

	@GetMapping("/invitations/{trackingNumber}")
	String progress(UserProfile user, @PathVariable String trackingNumber, Model model) {
		InvitationView invitation = this.invitations.find(user, trackingNumber);
		CaseTimeline timeline = this.timelines.timeline(user, trackingNumber);
		List<NextStep> next = this.nextSteps.of(user, timeline);
		model.addAttribute("invitation", invitation);
		model.addAttribute("timeline", timeline);
		model.addAttribute("files",
				this.files.of(user, trackingNumber, null, "/invitations/" + invitation.trackingNumber()));
		model.addAttribute("next", next);
		model.addAttribute("mayWithdraw", invitation.status() == InvitationStatus.SUBMITTED
				&& Authorization.scopesOf(user).contains(DataScope.OWN_ENTERPRISE));
		model.addAttribute("mayMoveVisit", invitation.status() == InvitationStatus.SCHEDULED && onTeam(user, invitation)
				&& !invitation.visitDate().isBefore(today()));
		model.addAttribute("today", today().toString());
		model.addAttribute("progressPath", "/invitations/" + invitation.trackingNumber());
		Set<String> groups = new HashSet<>();
		timeline.steps().forEach((step) -> groups.addAll(step.candidateGroups()));
		model.addAttribute("groupLabels", this.groupLabels.of(groups));
		return "invitation/progress";
	}

	@PostMapping("/invitations/{trackingNumber}/withdraw")
	String withdraw(UserProfile user, @PathVariable String trackingNumber,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(redirect, trackingNumber, () -> this.requests.withdraw(user, trackingNumber, reason));
	}

	@PostMapping("/invitations/{trackingNumber}/move-visit")
	String moveVisit(UserProfile user, @PathVariable String trackingNumber,
			@RequestParam(required = false) String visitDate, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(redirect, trackingNumber,
				() -> this.scheduling.moveVisit(user, trackingNumber, date(visitDate), reason));
	}

	@GetMapping("/invitations/findings")
	String findings(UserProfile user, Model model) {
		model.addAttribute("findings", this.invitations.awaitingExemptionAssessment(user));
		model.addAttribute("mayRegister", user.hasRole(Role.OFFICER));
		return "invitation/findings";
	}

	/** Runs an action of the progress page and comes back to it, saying how it went. */
	private static String act(RedirectAttributes redirect, String trackingNumber,
			java.util.function.Supplier<InvitationOutcome> action) {
		try {
			InvitationOutcome outcome = action.get();
			Flash.success(redirect, outcome.messageKey(), outcome.arguments().toArray());
		}
		catch (NotFoundException ex) {
			// an invitation the person may not see does not exist for them
			throw ex;
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex);
		}
		return "redirect:/invitations/" + trackingNumber;
	}

	private static boolean onTeam(UserProfile user, InvitationView invitation) {
		return (invitation.leadOfficer() != null && invitation.leadOfficer().username().equals(user.username()))
				|| (invitation.secondOfficer() != null
						&& invitation.secondOfficer().username().equals(user.username()));
	}

	private void mayInvite(UserProfile user) {
		if (!Authorization.scopesOf(user).contains(DataScope.OWN_ENTERPRISE)) {
			throw new InvitationActionRefusedException("invitation.submit.enterpriseOnly");
		}
	}

	private void addForm(Model model, String department, Map<String, List<String>> values) {
		model.addAttribute("departments", this.organizations.departments(DepartmentKind.ENFORCEMENT));
		Optional<DepartmentCode> chosen = DepartmentCode.parse(department);
		model.addAttribute("department", chosen.map(DepartmentCode::value).orElse(null));
		model.addAttribute("list", chosen.flatMap(this.catalog::publishedList).orElse(null));
		Map<String, String> firsts = new LinkedHashMap<>();
		values.forEach((name, all) -> {
			if (!all.isEmpty()) {
				firsts.put(name, all.get(0));
			}
		});
		model.addAttribute("values", firsts);
		model.addAttribute("chosenItems", values.getOrDefault("itemCodes", List.of()));
		LocalDate tomorrow = today().plusDays(1);
		model.addAttribute("earliest", tomorrow.toString());
		model.addAttribute("suggestedEnd", this.calendar.addWorkingDays(tomorrow, 10).toString());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	/** A date as the browser sends it; anything else is left for the rules to refuse. */
	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException("invitation.form.date", value);
		}
	}

}
