package cn.enforceflow.inbox;

import java.time.Instant;
import java.util.List;

/**
 * A case a person started (我发起的), and where it stands.
 *
 * @param ended null while the case runs
 * @param state {@code ACTIVE}, or the engine's end state ({@code COMPLETED},
 * {@code EXTERNALLY_TERMINATED}, ...)
 * @param currentSteps the open tasks: who has them and when they are due
 */
public record StartedCase(String processInstanceId, String businessKey, String processKey, String processName,
		Instant started, Instant ended, String state, List<CurrentStep> currentSteps) {

	public StartedCase {
		currentSteps = List.copyOf(currentSteps);
	}

	public boolean active() {
		return this.ended == null;
	}

	/** An open task of the case. */
	public record CurrentStep(String name, String assignee, DueStatus due) {

	}

}
