package cn.enforceflow.workflow;

import java.util.Optional;
import java.util.Set;

/**
 * What a process model says about one of its user tasks beyond who it is offered to, read
 * from the task's {@code camunda:properties} (see
 * {@link cn.enforceflow.processes.TaskProperties}).
 *
 * @param name the task's name in the model
 * @param documentation the one sentence saying what the step is for
 * @param returnTo the earlier step it may be sent back to (退回)
 * @param certified whoever works on it must hold an enforcement certificate valid on the
 * day they act
 * @param notBy the earlier steps whose performer in the same case may not take this one
 * (行政处罚法 第五十八条: who proposed a decision may not review or approve it)
 * @param itemVariable for a task inside a multi-instance sub-process, the variable naming
 * the item each instance is for
 */
public record StepRules(String name, Optional<String> documentation, Optional<String> returnTo, boolean certified,
		Set<String> notBy, Optional<String> itemVariable) {

	public StepRules {
		notBy = Set.copyOf(notBy);
	}

	/** The rules of a task the model says nothing special about. */
	public static StepRules plain(String name) {
		return new StepRules(name, Optional.empty(), Optional.empty(), false, Set.of(), Optional.empty());
	}

}
