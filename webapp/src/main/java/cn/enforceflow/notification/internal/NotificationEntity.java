package cn.enforceflow.notification.internal;

import java.time.Instant;

import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notification")
class NotificationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String recipient;

	@Column(nullable = false, length = 32)
	private String kind;

	@Column(name = "message_key", nullable = false, length = 128)
	private String messageKey;

	@Column(name = "message_args", length = 2000)
	private String messageArgs;

	@Column(length = 255)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected NotificationEntity() {
	}

	NotificationEntity(String recipient, Notice notice, Instant createdAt) {
		this.recipient = recipient;
		this.kind = notice.kind();
		this.messageKey = notice.messageKey();
		this.messageArgs = NoticeArguments.write(notice.arguments());
		this.link = notice.link();
		this.createdAt = createdAt;
	}

	String recipient() {
		return this.recipient;
	}

	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	Notification toNotification() {
		return new Notification(this.id, this.kind, this.messageKey, NoticeArguments.read(this.messageArgs), this.link,
				this.createdAt, this.readAt);
	}

}
