package cn.enforceflow.invitation.internal;

import java.time.Instant;

import cn.enforceflow.invitation.RatingState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 评价: whether the enterprise rated the service (optional), and if so the score and its
 * comment; or that the period ended without a rating (未评价).
 */
@Embeddable
class ServiceRating {

	@Enumerated(EnumType.STRING)
	@Column(name = "rating_state", length = 16)
	private RatingState state;

	@Column(name = "rating_score")
	private Integer score;

	@Column(name = "rating_comment")
	private String comment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	/** A score and its comment, or, without a score, the enterprise chose not to rate. */
	void rate(Instant at, Integer score, String comment) {
		this.state = (score != null) ? RatingState.RATED : RatingState.NOT_RATED;
		this.score = score;
		this.comment = (score != null) ? comment : null;
		this.ratedAt = (score != null) ? at : null;
	}

	void expire() {
		this.state = RatingState.EXPIRED;
	}

	RatingState state() {
		return this.state;
	}

	Integer score() {
		return this.score;
	}

	String comment() {
		return this.comment;
	}

	Instant ratedAt() {
		return this.ratedAt;
	}

}
