package cn.enforceflow.exemption;

/** Where a first-violation case stands. */
public enum ExemptionStatus {

	/** 待责令改正: eligible once corrected; the officer orders the correction. */
	CORRECTION_TO_ORDER(false),

	/** 整改中: the enterprise corrects by the deadline of the order. */
	CORRECTING(false),

	/** 待核查整改: the enterprise reported; the officer checks. */
	CORRECTION_REPORTED(false),

	/** 待拟意见: eligible; the officer proposes with the education record. */
	TO_PROPOSE(false),

	/** 法制审核中. */
	IN_LEGAL_REVIEW(false),

	/** 待负责人审批. */
	AWAITING_APPROVAL(false),

	/** 已批准，送达与公示中. */
	APPROVED(false),

	/** 已公示: served and published; it counts as the enterprise's first violation. */
	PUBLISHED(true),

	/** 转一般程序: ineligible, handed over with the band and reasons. */
	GENERAL_PROCEDURE(true),

	/** 不再给予行政处罚: found after the limitation period (第三十六条). */
	TIME_BARRED(true);

	private final boolean finished;

	ExemptionStatus(boolean finished) {
		this.finished = finished;
	}

	public boolean finished() {
		return this.finished;
	}

}
