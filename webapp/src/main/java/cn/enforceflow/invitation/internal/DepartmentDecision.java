package cn.enforceflow.invitation.internal;

import java.time.Instant;

import cn.enforceflow.invitation.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 受理 or 不予受理: who decided for the department and when; on acceptance the team, on refusal
 * the reason.
 */
@Embeddable
class DepartmentDecision {

	@Column(name = "decided_by", length = 64)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decline_reason")
	private String declineReason;

	@Column(name = "lead_officer", length = 64)
	private String leadOfficer;

	@Column(name = "second_officer", length = 64)
	private String secondOfficer;

	protected DepartmentDecision() {
	}

	static DepartmentDecision accepted(String by, Instant at, Team team) {
		DepartmentDecision decision = new DepartmentDecision();
		decision.decidedBy = by;
		decision.decidedAt = at;
		decision.leadOfficer = team.lead();
		decision.secondOfficer = team.second();
		return decision;
	}

	static DepartmentDecision declined(String by, Instant at, String reason) {
		DepartmentDecision decision = new DepartmentDecision();
		decision.decidedBy = by;
		decision.decidedAt = at;
		decision.declineReason = reason;
		return decision;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	String declineReason() {
		return this.declineReason;
	}

	/** The team, when accepted. */
	Team team() {
		return (this.leadOfficer != null) ? new Team(this.leadOfficer, this.secondOfficer) : null;
	}

}
