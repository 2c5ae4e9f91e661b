package cn.enforceflow.invitation.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 整改报告 — the enterprise's report on one hazard in one round. */
@Entity
@Table(name = "invitation_rectification")
class RectificationEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "finding_id")
	private FindingEntity finding;

	@Column(nullable = false)
	private int round;

	@Column(nullable = false, length = 2000)
	private String description;

	/** Comma-separated ids of the evidence attachments. */
	@Column(name = "attachment_ids", length = 1000)
	private String attachmentIds;

	@Column(name = "reported_by", nullable = false, length = 64)
	private String reportedBy;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	/** Reported after the hazard's deadline. */
	@Column(nullable = false)
	private boolean late;

	protected RectificationEntity() {
	}

	RectificationEntity(FindingEntity finding, int round, String description, String attachmentIds, String reportedBy,
			Instant reportedAt, boolean late) {
		this.finding = finding;
		this.round = round;
		this.description = description;
		this.attachmentIds = attachmentIds;
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
		this.late = late;
	}

	int round() {
		return this.round;
	}

	String description() {
		return this.description;
	}

	String attachmentIds() {
		return this.attachmentIds;
	}

	String reportedBy() {
		return this.reportedBy;
	}

	Instant reportedAt() {
		return this.reportedAt;
	}

	boolean late() {
		return this.late;
	}

}
