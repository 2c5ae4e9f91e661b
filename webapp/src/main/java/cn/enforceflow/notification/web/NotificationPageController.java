package cn.enforceflow.notification.web;

import java.security.Principal;

import cn.enforceflow.notification.Notifications;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 通知中心 — the signed-in user's notifications.
 */
@PageController
class NotificationPageController {

	private static final int PAGE = 100;

	private final Notifications notifications;

	NotificationPageController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Principal principal, Model model) {
		model.addAttribute("notifications", this.notifications.recent(principal.getName(), PAGE));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, Principal principal) {
		this.notifications.markRead(principal.getName(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String readAll(Principal principal) {
		this.notifications.markAllRead(principal.getName());
		return "redirect:/notifications";
	}

}
