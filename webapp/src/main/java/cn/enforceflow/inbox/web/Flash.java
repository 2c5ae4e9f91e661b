package cn.enforceflow.inbox.web;

import java.util.Arrays;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line message a page shows after an action: a message key and its arguments as
 * plain strings (flash attributes live in the session, in the database).
 */
final class Flash {

	private Flash() {
	}

	static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		put(redirect, "ok", messageKey, arguments);
	}

	static void error(RedirectAttributes redirect, BusinessRuleException ex) {
		put(redirect, "error", ex.messageKey(), ex.arguments());
	}

	private static void put(RedirectAttributes redirect, String kind, String messageKey, Object[] arguments) {
		redirect.addFlashAttribute("flashKind", kind);
		redirect.addFlashAttribute("flashKey", messageKey);
		redirect.addFlashAttribute("flashArgs", Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
	}

}
