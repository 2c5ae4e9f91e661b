package cn.enforceflow.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notification;
import cn.enforceflow.notification.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NotificationService implements Notifications {

	/** Mail is written in the product's default language. */
	private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final NotificationEntries notifications;

	private final MailOutboxEntries outbox;

	private final Users users;

	private final MessageSource messages;

	private final MailProperties mail;

	private final Clock clock;

	NotificationService(NotificationEntries notifications, MailOutboxEntries outbox, Users users,
			MessageSource messages, MailProperties mail, Clock clock) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.users = users;
		this.messages = messages;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void notify(Collection<String> usernames, Notice notice) {
		Instant now = this.clock.instant();
		for (String username : new LinkedHashSet<>(usernames)) {
			UserProfile user = this.users.profile(username).orElse(null);
			if (user == null) {
				continue;
			}
			this.notifications.save(new NotificationEntity(username, notice, now));
			if (this.mail.enabled() && user.email().isPresent()) {
				this.outbox
					.save(new MailOutboxEntity(username, user.email().get(), subjectOf(notice), bodyOf(notice), now));
			}
		}
	}

	@Override
	public List<Notification> recent(String username, int limit) {
		return this.notifications.findByRecipientOrderByIdDesc(username, Limit.of(limit))
			.stream()
			.map(NotificationEntity::toNotification)
			.toList();
	}

	@Override
	public long unreadCount(String username) {
		return this.notifications.countByRecipientAndReadAtIsNull(username);
	}

	@Override
	@Transactional
	public boolean markRead(String username, long id) {
		return this.notifications.findById(id).filter((n) -> n.recipient().equals(username)).map((n) -> {
			n.markRead(this.clock.instant());
			return true;
		}).orElse(false);
	}

	@Override
	@Transactional
	public void markAllRead(String username) {
		this.notifications.markAllRead(username, this.clock.instant());
	}

	private String textOf(Notice notice) {
		return this.messages.getMessage(notice.messageKey(), notice.arguments().toArray(), notice.messageKey(),
				MAIL_LOCALE);
	}

	private String subjectOf(Notice notice) {
		return this.messages.getMessage("notification.mail.subject", new Object[] { textOf(notice) }, MAIL_LOCALE);
	}

	private String bodyOf(Notice notice) {
		String link = (notice.link() == null) ? this.mail.baseUrl() : this.mail.baseUrl() + notice.link();
		return this.messages.getMessage("notification.mail.body", new Object[] { textOf(notice), link }, MAIL_LOCALE);
	}

}
