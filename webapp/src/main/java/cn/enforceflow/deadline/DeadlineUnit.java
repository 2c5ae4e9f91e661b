package cn.enforceflow.deadline;

/** How a deadline is counted. */
public enum DeadlineUnit {

	/** 工作日, on the China working-day calendar. */
	WORKING_DAYS,

	/** 自然日 (calendar days). */
	CALENDAR_DAYS

}
