package cn.enforceflow.workflow;

/**
 * Whether a person may work on an open step now, and if not, why.
 */
public enum StepAccess {

	/** It is theirs. */
	ASSIGNED,

	/**
	 * Nobody has it and it is offered to them: they may claim it, or complete it at once.
	 */
	CLAIMABLE,

	/** Someone else has it. */
	HELD_BY_OTHER,

	/** It is not offered to them or any of their groups. */
	NOT_OFFERED,

	/** The step needs an enforcement certificate valid on the day, and they hold none. */
	NOT_CERTIFIED,

	/**
	 * They performed an earlier step of the case that this one must not share a performer
	 * with.
	 */
	EXCLUDED,

	/** The case is on hold. */
	SUSPENDED;

	public boolean mayWork() {
		return this == ASSIGNED || this == CLAIMABLE;
	}

}
