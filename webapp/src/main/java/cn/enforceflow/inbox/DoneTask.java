package cn.enforceflow.inbox;

import java.time.Instant;

/**
 * A task a person finished (已办).
 *
 * @param due null when the task had no due date
 * @param late it was finished after its due date
 */
public record DoneTask(String id, String name, String processKey, String processName, String businessKey,
		Outcome outcome, Instant created, Instant done, Instant due, boolean late) {

	/** How the task was finished. */
	public enum Outcome {

		/** 办结 */
		COMPLETED,

		/** 退回 */
		RETURNED

	}

}
