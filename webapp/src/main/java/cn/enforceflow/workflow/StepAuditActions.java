package cn.enforceflow.workflow;

/**
 * The audit actions the workflow layer writes for changes to steps, for those who read
 * the trail back (the case timeline, the audit page).
 */
public final class StepAuditActions {

	public static final String CLAIMED = "TASK_CLAIMED";

	public static final String UNCLAIMED = "TASK_UNCLAIMED";

	public static final String TRANSFERRED = "TASK_TRANSFERRED";

	public static final String RETURNED = "TASK_RETURNED";

	/** The subject type of these entries: the task, by id. */
	public static final String TASK = "TASK";

	private StepAuditActions() {
	}

}
