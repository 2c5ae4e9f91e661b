package cn.enforceflow.notification.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.notification.Notification;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications", description = "通知中心")
class NotificationApiController {

	private static final int PAGE = 100;

	private final Notifications notifications;

	private final MessageSource messages;

	NotificationApiController(Notifications notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/api/notifications")
	@Operation(summary = "我的通知（最新在前）")
	List<NotificationView> mine(Principal principal) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.notifications.recent(principal.getName(), PAGE)
			.stream()
			.map((n) -> NotificationView.of(n,
					this.messages.getMessage(n.messageKey(), n.arguments().toArray(), n.messageKey(), locale)))
			.toList();
	}

	@PostMapping("/api/notifications/{id}/read")
	@Operation(summary = "标记通知为已读")
	ResponseEntity<Void> read(@PathVariable long id, Principal principal) {
		if (!this.notifications.markRead(principal.getName(), id)) {
			throw new NotFoundException("notification.notFound", String.valueOf(id));
		}
		return ResponseEntity.noContent().build();
	}

	record NotificationView(long id, String kind, String text, String link, Instant createdAt, boolean unread) {

		static NotificationView of(Notification notification, String text) {
			return new NotificationView(notification.id(), notification.kind(), text, notification.link(),
					notification.createdAt(), notification.unread());
		}

	}

}
