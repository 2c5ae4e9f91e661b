package cn.enforceflow.deadline;

import java.util.Optional;

/**
 * What happens around a task's deadline: the reminder before it and the record of its
 * breach. The engine's deadline timers call it; notifications listen to its events.
 */
public interface Deadlines {

	/** Publishes {@link DeadlineReminderDue} for the task. */
	void remind(TaskRef task);

	/**
	 * Records that the task passed its deadline, how late it is in working days at this
	 * moment, and publishes {@link DeadlineBreached}, once per task.
	 * @return false when the task's breach was recorded before; nothing is published then
	 */
	boolean recordBreach(TaskRef task);

	/** The recorded breach of a task. */
	Optional<DeadlineBreach> breach(String taskId);

}
