package cn.enforceflow.catalog.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.catalog.ViolationCatalog;
import cn.enforceflow.catalog.ViolationCatalogAdministration;
import cn.enforceflow.imports.ImportJob;
import cn.enforceflow.imports.ImportMessages;
import cn.enforceflow.imports.ImportOutcome;
import cn.enforceflow.imports.ImportService;
import cn.enforceflow.imports.ImportUploads;
import cn.enforceflow.imports.UploadedFile;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 违法事项目录维护 — administrators see the catalog filtered by department and list, upload a
 * file, see what it would add and change (or every error, row by row), confirm it, and
 * follow a background import until it ends. The file waits in the database between the
 * preview and the confirmation, so that any node can confirm it.
 */
@PageController
@RequestMapping("/admin/violation-matters")
class ViolationMattersAdminController {

	/** Errors listed on the page; a wrong file could have thousands. */
	private static final int MAX_LISTED_ERRORS = 200;

	private final ViolationCatalog catalog;

	private final ViolationCatalogAdministration administration;

	private final ImportService imports;

	private final ImportUploads uploads;

	private final ImportMessages importMessages;

	private final Organizations organizations;

	private final MessageSource messages;

	ViolationMattersAdminController(ViolationCatalog catalog, ViolationCatalogAdministration administration,
			ImportService imports, ImportUploads uploads, ImportMessages importMessages, Organizations organizations,
			MessageSource messages) {
		this.catalog = catalog;
		this.administration = administration;
		this.imports = imports;
		this.uploads = uploads;
		this.importMessages = importMessages;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) String department, @RequestParam(required = false) String list,
			@RequestParam(required = false) String preview, @RequestParam(required = false) String job,
			Principal principal, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Optional<Department> shownDepartment;
		Optional<DiscretionList> shownList;
		try {
			shownDepartment = ViolationQuery.department(this.organizations, department);
			shownList = ViolationQuery.list(list);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("filterError", text(ex.messageKey(), ex.arguments()));
			shownDepartment = Optional.empty();
			shownList = Optional.empty();
		}
		model.addAttribute("departments", this.organizations.departments(DepartmentKind.ENFORCEMENT));
		model.addAttribute("lists", List.of(DiscretionList.values()));
		model.addAttribute("department", shownDepartment.map((d) -> d.code().value()).orElse(""));
		model.addAttribute("list", shownList.map(DiscretionList::name).orElse(""));
		model.addAttribute("matters", this.catalog.matters(shownDepartment.map(Department::code), shownList));
		model.addAttribute("maxMegabytes", this.uploads.maxMegabytes());
		if (preview != null) {
			preview(preview, principal, model, locale);
		}
		if (job != null) {
			this.imports.job(job)
				.filter((found) -> found.status() != ImportJob.Status.STAGED)
				.ifPresent((found) -> model.addAttribute("job", JobView.of(found, this.importMessages, locale)));
		}
		return "catalog/violation-matters";
	}

	private void preview(String jobId, Principal principal, Model model, Locale locale) {
		try {
			ImportOutcome outcome = this.administration.staged(jobId, principal.getName());
			if (outcome instanceof ImportOutcome.Preview preview) {
				model.addAttribute("preview", preview);
			}
			else if (outcome instanceof ImportOutcome.Rejected rejected) {
				model.addAttribute("importErrors", errors(rejected, locale));
				model.addAttribute("errorCount", rejected.errors().size());
			}
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("filterError", text(ex.messageKey(), ex.arguments()));
		}
	}

	/**
	 * The CSRF token comes in the query string, as the upload forms put it: a file over
	 * the size limit is never parsed, and the answer still needs it.
	 */
	@PostMapping("/preview")
	String upload(@RequestParam(required = false) MultipartFile file, Principal principal,
			RedirectAttributes redirect) {
		UploadedFile upload;
		try {
			upload = this.uploads.of(file);
		}
		catch (BusinessRuleException ex) {
			return failure(redirect, text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/admin/violation-matters?preview=" + this.administration.stage(upload, principal.getName());
	}

	@PostMapping("/imports/{jobId}/confirm")
	String confirm(@PathVariable String jobId, Principal principal, RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			ImportOutcome outcome = this.administration.confirm(jobId, principal.getName());
			if (outcome instanceof ImportOutcome.Applied applied) {
				redirect.addFlashAttribute("notice", text("catalog.admin.imported", String.valueOf(applied.imported()),
						String.valueOf(applied.updated())));
				return "redirect:/admin/violation-matters";
			}
			if (outcome instanceof ImportOutcome.Started started) {
				return "redirect:/admin/violation-matters?job=" + started.jobId();
			}
			if (outcome instanceof ImportOutcome.Rejected rejected) {
				return failure(redirect, text("import.rejected", String.valueOf(rejected.errors().size())));
			}
			return "redirect:/admin/violation-matters?preview=" + jobId;

		}
		catch (BusinessRuleException ex) {
			return failure(redirect, text(ex.messageKey(), ex.arguments()));
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			return failure(redirect, text("import.job.conflict"));
		}
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String format) {
		return ViolationCatalogController.file(this.administration.export(ViolationCatalogController.format(format)));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		return failure(redirect, text("import.file.tooLarge", String.valueOf(this.uploads.maxMegabytes())));
	}

	private List<ImportMessages.Answer> errors(ImportOutcome.Rejected rejected, Locale locale) {
		return rejected.errors()
			.stream()
			.limit(MAX_LISTED_ERRORS)
			.map((error) -> new ImportMessages.Answer((error.row() > 0) ? error.row() : null, error.column(),
					this.importMessages.reason(error, locale), error.messageKey()))
			.toList();
	}

	private String failure(RedirectAttributes redirect, String error) {
		redirect.addFlashAttribute("error", error);
		return "redirect:/admin/violation-matters";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** A background import as the page shows it; public, FreeMarker reads only those. */
	public record JobView(String jobId, String status, int total, int processed, int percent, int imported, int updated,
			List<String> errors, boolean running) {

		static JobView of(ImportJob job, ImportMessages messages, Locale locale) {
			int percent = (job.total() > 0) ? (int) Math.min(100, (100L * job.processed()) / job.total()) : 0;
			return new JobView(job.jobId(), job.status().name(), job.total(), job.processed(), percent, job.imported(),
					job.updated(),
					job.errors().stream().limit(MAX_LISTED_ERRORS).map((e) -> messages.message(e, locale)).toList(),
					job.status() == ImportJob.Status.RUNNING);
		}

	}

}
