package cn.enforceflow.documents.web;

import java.util.Locale;

import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.FileAccessRefusedException;
import cn.enforceflow.documents.Receipt;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.organization.DepartmentNames;
import cn.enforceflow.platform.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 文书送达: the documents served to the person's enterprise (or organ), to open and to
 * confirm receipt of.
 */
@PageController
class DocumentsPageController {

	private final Documents documents;

	private final MessageSource messages;

	private final DepartmentNames departmentNames;

	DocumentsPageController(Documents documents, MessageSource messages, DepartmentNames departmentNames) {
		this.documents = documents;
		this.messages = messages;
		this.departmentNames = departmentNames;
	}

	@GetMapping("/documents")
	String served(UserProfile user, Model model) {
		model.addAttribute("documents", this.documents.addressedTo(user));
		model.addAttribute("addressee", addressee(user));
		return "documents/served";
	}

	@PostMapping("/documents/{id}/receipt")
	String confirmReceipt(UserProfile user, @PathVariable String id, RedirectAttributes redirect) {
		try {
			Receipt receipt = this.documents.confirmReceipt(user, id);
			redirect.addFlashAttribute("filesNotice", text("documents.receipt.done", receipt.receivedByName()));
		}
		catch (FileAccessRefusedException ex) {
			redirect.addFlashAttribute("filesError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/documents";
	}

	/**
	 * Whom this page serves documents to: the enterprise, or the organ of its head or
	 * inspectors; null for anyone else, who receives nothing here.
	 */
	private String addressee(UserProfile user) {
		if (user.hasRole(Role.ENTERPRISE) && user.enterprise().isPresent()) {
			return user.enterprise().get().name();
		}
		boolean receives = user.hasRole(Role.DEPT_HEAD) || user.hasRole(Role.BUREAU_HEAD)
				|| user.hasRole(Role.DISCIPLINE_INSPECTOR);
		return receives ? user.department().map(this.departmentNames::of).orElse(null) : null;
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
