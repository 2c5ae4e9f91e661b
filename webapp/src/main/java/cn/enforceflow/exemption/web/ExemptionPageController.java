package cn.enforceflow.exemption.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.catalog.ViolationCatalog;
import cn.enforceflow.documents.CaseFiles;
import cn.enforceflow.exemption.ExemptionActionRefusedException;
import cn.enforceflow.exemption.ExemptionOutcome;
import cn.enforceflow.exemption.ExemptionRegistration;
import cn.enforceflow.exemption.ExemptionServing;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.ExemptionView;
import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.exemption.Harm;
import cn.enforceflow.exemption.NewExemption;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.CaseTimeline;
import cn.enforceflow.inbox.CaseTimelines;
import cn.enforceflow.inbox.GroupLabels;
import cn.enforceflow.inbox.CaseNextSteps;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.NotFoundException;
import cn.enforceflow.platform.web.Flash;
import cn.enforceflow.platform.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 首违不罚 pages: the department's cases (and the enterprise's), registering a case with its
 * assessment shown at once, and a case's progress with every step; the steps themselves
 * are done on the task page.
 */
@PageController
class ExemptionPageController {

	private final Exemptions exemptions;

	private final ExemptionRegistration registration;

	private final ExemptionServing serving;

	private final ViolationCatalog catalog;

	private final Invitations invitations;

	private final Users users;

	private final CaseTimelines timelines;

	private final CaseNextSteps nextSteps;

	private final GroupLabels groupLabels;

	private final CaseFiles files;

	private final Clock clock;

	private final MessageSource messages;

	ExemptionPageController(Exemptions exemptions, ExemptionRegistration registration, ExemptionServing serving,
			ViolationCatalog catalog, Invitations invitations, Users users, CaseTimelines timelines,
			CaseNextSteps nextSteps, GroupLabels groupLabels, CaseFiles files, Clock clock, MessageSource messages) {
		this.exemptions = exemptions;
		this.registration = registration;
		this.serving = serving;
		this.catalog = catalog;
		this.invitations = invitations;
		this.users = users;
		this.timelines = timelines;
		this.nextSteps = nextSteps;
		this.groupLabels = groupLabels;
		this.files = files;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/exemptions")
	String list(UserProfile user, @RequestParam(name = "generalProcedure", defaultValue = "false") boolean general,
			Model model) {
		model.addAttribute("cases", this.exemptions.list(user, general));
		model.addAttribute("generalProcedure", general);
		model.addAttribute("mayRegister", user.hasRole(Role.OFFICER) && user.department().isPresent());
		model.addAttribute("isEnterprise", user.enterprise().isPresent() && user.department().isEmpty());
		user.enterprise()
			.ifPresent((e) -> model.addAttribute("consented", this.serving.consented(e.creditCode().value())));
		return "exemption/list";
	}

	@GetMapping("/exemptions/new")
	String form(UserProfile user, @RequestParam(required = false) String findingId, Model model) {
		mayRegister(user);
		Map<String, String> values = new LinkedHashMap<>();
		if (findingId != null && !findingId.isBlank()) {
			FindingView finding = finding(user, findingId);
			values.put("findingId", String.valueOf(finding.id()));
			values.put("creditCode", finding.enterprise().code());
			values.put("facts", (finding.handoverReason() != null && !finding.handoverReason().isBlank())
					? finding.handoverReason() : finding.description());
			values.put("evidence", this.messages.getMessage("exemption.new.findingEvidence",
					new Object[] { finding.trackingNumber(), finding.itemName() }, LocaleContextHolder.getLocale()));
			model.addAttribute("finding", finding);
		}
		addForm(user, model, values);
		return "exemption/new";
	}

	@PostMapping("/exemptions")
	String register(UserProfile user, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		mayRegister(user);
		try {
			String finding = form.getFirst("findingId");
			ExemptionView view = this.registration.register(user, new NewExemption(form.getFirst("creditCode"),
					form.getFirst("matterCode"), form.getFirst("secondOfficer"), form.getFirst("facts"),
					form.getFirst("evidence"), date(form.getFirst("violationOn")), date(form.getFirst("foundOn")),
					harm(form.getFirst("harm")), bool(form.getFirst("corrected")), date(form.getFirst("correctedOn")),
					(finding != null && !finding.isBlank()) ? Long.valueOf(finding.strip()) : null));
			Flash.success(redirect, "exemption.page.registered." + view.assessment().outcome(), view.caseNumber());
			return "redirect:/exemptions/" + view.caseNumber();
		}
		catch (NumberFormatException ex) {
			return formError(user, model, form, response, new BusinessRuleException("exemption.finding.invalid"));
		}
		catch (BusinessRuleException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			return formError(user, model, form, response, ex);
		}
	}

	@GetMapping("/exemptions/{caseNumber}")
	String progress(UserProfile user, @PathVariable String caseNumber, Model model) {
		ExemptionView exemption = this.exemptions.find(user, caseNumber);
		CaseTimeline timeline = this.timelines.timeline(user, exemption.caseNumber());
		model.addAttribute("exemption", exemption);
		model.addAttribute("timeline", timeline);
		model.addAttribute("next", this.nextSteps.of(user, timeline));
		model.addAttribute("files",
				this.files.of(user, exemption.caseNumber(), null, "/exemptions/" + exemption.caseNumber()));
		model.addAttribute("progressPath", "/exemptions/" + exemption.caseNumber());
		model.addAttribute("mayRecordPenalty", exemption.status() == ExemptionStatus.GENERAL_PROCEDURE
				&& exemption.penaltyDecision() == null && user.department().isPresent()
				&& (user.hasRole(Role.OFFICER) || user.hasRole(Role.LEGAL_REVIEWER) || user.hasRole(Role.DEPT_HEAD)));
		model.addAttribute("today", today().toString());
		Set<String> groups = new HashSet<>();
		timeline.steps().forEach((step) -> groups.addAll(step.candidateGroups()));
		model.addAttribute("groupLabels", this.groupLabels.of(groups));
		return "exemption/progress";
	}

	@PostMapping("/exemptions/{caseNumber}/penalty-decision")
	String penalty(UserProfile user, @PathVariable String caseNumber,
			@RequestParam(required = false) String decisionNumber, @RequestParam(required = false) String decidedOn,
			@RequestParam(required = false) String penaltySummary, RedirectAttributes redirect) {
		return act(redirect, caseNumber, () -> this.registration.recordPenaltyDecision(user, caseNumber, decisionNumber,
				date(decidedOn), penaltySummary));
	}

	@PostMapping("/exemptions/electronic-service-consent")
	String consent(UserProfile user, RedirectAttributes redirect) {
		try {
			this.serving.consentToElectronicService(user);
			Flash.success(redirect, "exemption.page.consented");
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex);
		}
		return "redirect:/exemptions";
	}

	private String formError(UserProfile user, Model model, MultiValueMap<String, String> form,
			HttpServletResponse response, BusinessRuleException ex) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errorKey", ex.messageKey());
		model.addAttribute("errorArgs", ex.arguments());
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, all) -> {
			if (!all.isEmpty()) {
				values.put(name, all.get(0));
			}
		});
		addForm(user, model, values);
		return "exemption/new";
	}

	private void addForm(UserProfile user, Model model, Map<String, String> values) {
		model.addAttribute("values", values);
		model.addAttribute("matters",
				user.department()
					.map((d) -> this.catalog.matters(Optional.of(d.code()), Optional.empty()))
					.orElse(List.of()));
		LocalDate today = today();
		model.addAttribute("colleagues",
				user.department()
					.map((d) -> this.users.members(d.code())
						.stream()
						.filter((p) -> p.hasRole(Role.OFFICER) && !p.username().equals(user.username()))
						.filter((p) -> p.certificate().map((c) -> c.isValidOn(today)).orElse(false))
						.toList())
					.orElse(List.of()));
		model.addAttribute("harms", Harm.values());
		model.addAttribute("today", today.toString());
	}

	private FindingView finding(UserProfile user, String id) {
		try {
			return this.invitations.finding(user, Long.parseLong(id.strip()));
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("invitation.finding.notFound", id);
		}
	}

	private static void mayRegister(UserProfile user) {
		if (!user.hasRole(Role.OFFICER) || user.department().isEmpty()) {
			throw new ExemptionActionRefusedException("exemption.register.officerOnly");
		}
	}

	private static String act(RedirectAttributes redirect, String caseNumber, Supplier<ExemptionOutcome> action) {
		try {
			ExemptionOutcome outcome = action.get();
			Flash.success(redirect, outcome.messageKey(), outcome.arguments().toArray());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex);
		}
		return "redirect:/exemptions/" + caseNumber;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException("exemption.form.date", value);
		}
	}

	private static Harm harm(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Harm.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException("exemption.harm.required");
		}
	}

	private static Boolean bool(String value) {
		return (value == null || value.isBlank()) ? null : Boolean.valueOf("true".equals(value.strip()));
	}

}
