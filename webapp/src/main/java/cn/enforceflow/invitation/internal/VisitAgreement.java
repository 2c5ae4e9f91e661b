package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import cn.enforceflow.platform.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 约定时间: how the visit date was agreed — the date the lead officer proposed, the one the
 * enterprise offered instead (once), the date agreed, and why it was moved since. The
 * invitation says whose turn it is; this keeps the rules of the dates themselves.
 */
@Embeddable
class VisitAgreement {

	@Column(name = "proposed_date")
	private LocalDate proposedDate;

	@Column(name = "counter_proposed", nullable = false)
	private boolean counterProposed;

	/** The date the enterprise offered instead of the proposed one. */
	@Column(name = "counter_date")
	private LocalDate counterDate;

	@Column(name = "visit_date")
	private LocalDate visitDate;

	/** Why the agreed visit was moved, the last time it was. */
	@Column(name = "visit_moved_reason")
	private String visitMovedReason;

	/** A proposal, the first or one answering the enterprise's counter-proposal. */
	void propose(LocalDate date, boolean answeringCounterProposal) {
		if (answeringCounterProposal && date.equals(this.counterDate)) {
			throw new BusinessRuleException("invitation.answer.sameAsCounterProposal", date);
		}
		this.proposedDate = date;
	}

	void confirm() {
		this.visitDate = this.proposedDate;
	}

	/** The enterprise offers another date, once. */
	void counterPropose(LocalDate alternative) {
		if (this.counterProposed) {
			throw new BusinessRuleException("invitation.confirm.counterProposalUsed");
		}
		if (alternative.equals(this.proposedDate)) {
			throw new BusinessRuleException("invitation.confirm.sameDate");
		}
		this.counterProposed = true;
		this.counterDate = alternative;
	}

	/** The lead officer takes the enterprise's date: it is agreed. */
	void adoptCounterProposal() {
		this.proposedDate = this.counterDate;
		this.visitDate = this.counterDate;
	}

	/** The visit is moved by agreement before it happens. */
	void move(LocalDate to, String reason) {
		if (to.equals(this.visitDate)) {
			throw new BusinessRuleException("invitation.move.sameDate", to);
		}
		this.visitDate = to;
		this.visitMovedReason = reason;
	}

	LocalDate proposedDate() {
		return this.proposedDate;
	}

	boolean counterProposed() {
		return this.counterProposed;
	}

	LocalDate counterDate() {
		return this.counterDate;
	}

	LocalDate visitDate() {
		return this.visitDate;
	}

	String visitMovedReason() {
		return this.visitMovedReason;
	}

}
