package cn.enforceflow.notification.web;

import java.security.Principal;

import cn.enforceflow.notification.Notifications;
import cn.enforceflow.platform.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications, for the bell in every page's header.
 */
@ControllerAdvice(annotations = PageController.class)
class UnreadNotificationsModel {

	private final Notifications notifications;

	UnreadNotificationsModel(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unread(Principal principal) {
		return (principal == null) ? null : this.notifications.unreadCount(principal.getName());
	}

}
