package cn.enforceflow.notification.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mail waiting to go out, with its delivery attempts.
 */
@Entity
@Table(name = "mail_outbox")
class MailOutboxEntity {

	enum Status {

		/** Waiting for its next attempt. */
		PENDING,
		/** Delivered to the mail server. */
		SENT,
		/** Given up after the last attempt. */
		FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String recipient;

	@Column(nullable = false, length = 128)
	private String address;

	@Column(nullable = false, length = 255)
	private String subject;

	@Column(nullable = false, length = 4000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "last_error", length = 500)
	private String lastError;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Version
	private long version;

	protected MailOutboxEntity() {
	}

	MailOutboxEntity(String recipient, String address, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.address = address;
		this.subject = subject.length() > 255 ? subject.substring(0, 255) : subject;
		this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	Long id() {
		return this.id;
	}

	String address() {
		return this.address;
	}

	String subject() {
		return this.subject;
	}

	String body() {
		return this.body;
	}

	Status status() {
		return this.status;
	}

	int attempts() {
		return this.attempts;
	}

	Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	String lastError() {
		return this.lastError;
	}

	/**
	 * Claims the mail for one attempt: no other node takes it before the lease runs out.
	 */
	void claim(Instant now, Duration lease) {
		this.attempts++;
		this.nextAttemptAt = now.plus(lease);
	}

	void sent(Instant now) {
		this.status = Status.SENT;
		this.sentAt = now;
		this.lastError = null;
	}

	/** Schedules the next attempt, or gives up after the last one. */
	void failed(String error, Instant now, int maxAttempts, Duration firstBackoff) {
		this.lastError = (error == null) ? null : (error.length() > 500 ? error.substring(0, 500) : error);
		if (this.attempts >= maxAttempts) {
			this.status = Status.FAILED;
			return;
		}
		// 1, 2, 4, 8 ... times the first back-off
		this.nextAttemptAt = now.plus(firstBackoff.multipliedBy(1L << Math.min(this.attempts - 1, 10)));
	}

}
