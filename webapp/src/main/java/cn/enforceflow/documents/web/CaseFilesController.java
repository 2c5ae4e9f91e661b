package cn.enforceflow.documents.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.enforceflow.documents.Attachment;
import cn.enforceflow.documents.AttachmentRefusedException;
import cn.enforceflow.documents.Attachments;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.FileAccessRefusedException;
import cn.enforceflow.documents.Upload;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.platform.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * 文书与附件: a case's documents and evidence on one page, with the upload for those who take
 * part in the case; and the downloads behind the pages' links (signed-in session, where
 * the API takes HTTP Basic).
 * <p>
 * The upload form sends the CSRF token, the step and the page to return to in its
 * address: the body of an oversized upload is never read, and the answer still needs
 * them.
 */
@PageController
class CaseFilesController {

	private final Documents documents;

	private final Attachments attachments;

	private final MessageSource messages;

	private final UploadLimitProblems limitProblems;

	CaseFilesController(Documents documents, Attachments attachments, MessageSource messages,
			UploadLimitProblems limitProblems) {
		this.documents = documents;
		this.attachments = attachments;
		this.messages = messages;
		this.limitProblems = limitProblems;
	}

	@GetMapping("/cases/{businessKey}/files")
	String files(UserProfile user, @PathVariable String businessKey, Model model) {
		model.addAttribute("caseKey", businessKey);
		model.addAttribute("documents", this.documents.ofCase(user, businessKey));
		model.addAttribute("attachments", this.attachments.ofCase(user, businessKey));
		model.addAttribute("mayUpload", this.attachments.mayUpload(user, businessKey));
		model.addAttribute("limits", this.attachments.limits());
		model.addAttribute("returnTo", filesPage(businessKey));
		return "documents/case-files";
	}

	@PostMapping("/cases/{businessKey}/files")
	String upload(UserProfile user, @PathVariable String businessKey,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String taskId, @RequestParam(required = false) String returnTo,
			RedirectAttributes redirect) {
		String back = ReturnTo.orElse(returnTo, filesPage(businessKey));
		List<Upload> uploads = (files != null)
				? files.stream().map((file) -> new Upload(file.getOriginalFilename(), file.getSize(), file)).toList()
				: List.of();
		try {
			List<Attachment> stored = this.attachments.upload(user, businessKey, taskId, uploads);
			redirect.addFlashAttribute("filesNotice", text("documents.upload.done", String.valueOf(stored.size())));
		}
		catch (AttachmentRefusedException | FileAccessRefusedException ex) {
			redirect.addFlashAttribute("filesError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:" + back;
	}

	@PostMapping("/attachments/{id}/delete")
	String delete(UserProfile user, @PathVariable String id, @RequestParam(required = false) String returnTo,
			RedirectAttributes redirect) {
		String back = ReturnTo.orElse(returnTo, "/");
		try {
			this.attachments.delete(user, id);
			redirect.addFlashAttribute("filesNotice", text("documents.attachment.deleted"));
		}
		catch (AttachmentRefusedException | FileAccessRefusedException ex) {
			redirect.addFlashAttribute("filesError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:" + back;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<Resource> attachment(UserProfile user, @PathVariable String id) {
		return Downloads.attachment(this.attachments.content(user, id));
	}

	@GetMapping("/documents/{id}/pdf")
	ResponseEntity<byte[]> pdf(UserProfile user, @PathVariable String id,
			@RequestParam(required = false) Integer version) {
		return Downloads
			.pdf((version != null) ? this.documents.content(user, id, version) : this.documents.content(user, id));
	}

	/**
	 * The server refused the upload before the controller saw it: back to the page, in
	 * Chinese, with nothing stored.
	 */
	@ExceptionHandler(MultipartException.class)
	String refusedUpload(MultipartException ex, HttpServletRequest request, RedirectAttributes redirect) {
		UploadLimitProblems.Problem problem = this.limitProblems.of(ex);
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String businessKey = (path != null) ? path.get("businessKey") : null;
		String fallback = (businessKey != null) ? filesPage(businessKey) : "/";
		redirect.addFlashAttribute("filesError", text(problem.messageKey(), problem.arguments()));
		return "redirect:" + ReturnTo.orElse(request.getParameter("returnTo"), fallback);
	}

	private static String filesPage(String businessKey) {
		return "/cases/" + UriUtils.encodePathSegment(businessKey, StandardCharsets.UTF_8) + "/files";
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
