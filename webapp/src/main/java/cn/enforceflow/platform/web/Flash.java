package cn.enforceflow.platform.web;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message a page shows after a redirect: what happened, or why nothing did. The
 * arguments stay what they are (dates, nested messages), so that they read in the
 * reader's language; they are kept in the session until shown, so they must be
 * serializable.
 */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		put(redirect, "ok", messageKey, arguments);
	}

	public static void error(RedirectAttributes redirect, BusinessRuleException ex) {
		put(redirect, "error", ex.messageKey(), ex.arguments());
	}

	private static void put(RedirectAttributes redirect, String kind, String messageKey, Object[] arguments) {
		redirect.addFlashAttribute("flashKind", kind);
		redirect.addFlashAttribute("flashKey", messageKey);
		redirect.addFlashAttribute("flashArgs", arguments);
	}

}
