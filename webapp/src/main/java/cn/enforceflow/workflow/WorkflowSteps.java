package cn.enforceflow.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.identity.UserProfile;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The steps of every workflow, as one rule for all of them: which step of a case is open,
 * who may work on it, and the changes a person makes to it — claim, give back, 转办, 退回,
 * complete — each checked against what the engine says of the task now, each recorded in
 * the audit trail in the caller's transaction. When two people act on the same task at
 * once, one wins and the other gets a {@link TaskConflictException} (409) with nothing of
 * their request kept.
 * <p>
 * Process adapters and the inbox use it; nothing else in the application talks to the
 * engine's task or runtime services.
 */
public interface WorkflowSteps {

	/**
	 * Starts a case of a process as the person who asked for it: they are its starter
	 * (我发起的, and who may urge its steps), whatever the thread's sign-in.
	 * @return the process instance id
	 */
	String start(UserProfile starter, String processKey, String businessKey, Map<String, Object> variables);

	/** An open task by id, as the engine has it now. */
	Optional<OpenStep> find(String taskId);

	/**
	 * The open instances of a user task in a case: one, or one per item where the step is
	 * repeated per item.
	 */
	List<OpenStep> open(String processKey, String businessKey, String taskKey);

	/**
	 * The open step of a user task in a case that the person may work on now.
	 * @param item the item of a step repeated per item, or null
	 * @throws StepNotOpenException when the case is not at that step (for that item)
	 * @throws StepRefusedException when it is not theirs to do (see {@link #access})
	 * @throws TaskConflictException when the case is on hold
	 */
	OpenStep stepFor(UserProfile user, String processKey, String businessKey, String taskKey, String item);

	/** What the model says about the step. */
	StepRules rules(OpenStep step);

	/** Whether the person may work on the step today, and if not, why. */
	StepAccess access(UserProfile user, OpenStep step);

	/** The same, for a person acting on a given day (a certified step's certificate). */
	StepAccess access(UserProfile user, OpenStep step, LocalDate on);

	/**
	 * Completes the step as the person with their decision: checks again that they may
	 * (on the decision's day), writes what the caller changed in the domain first (its
	 * version guards against a concurrent change), claims the task if nobody has it,
	 * completes it with the decision's variables and appends the decision's audit entry
	 * to the case.
	 */
	void complete(UserProfile user, OpenStep step, StepDecision decision);

	/**
	 * Takes a step from its queue. Claiming a step one already has changes nothing and
	 * records nothing.
	 * @return whether the step changed hands
	 */
	boolean claim(UserProfile user, OpenStep step);

	/** Gives a step one has back to its queue. */
	void unclaim(UserProfile user, OpenStep step);

	/** The colleagues who may take over a step from its holder (转办). */
	List<Colleague> colleagues(UserProfile user, OpenStep step);

	/** 转办: gives a step one has to a colleague who may do it, with the reason. */
	Colleague transfer(UserProfile user, OpenStep step, String toUsername, String reason);

	/** The earlier step a step may go back to, once that step was done in the case. */
	Optional<ReturnTarget> returnTarget(OpenStep step);

	/**
	 * 退回: cancels a step one has and opens the earlier step again, for whoever did it
	 * last, where the model allows it.
	 * @return the step opened again
	 */
	Reopened sendBack(UserProfile user, OpenStep step, String reason);

	/**
	 * The open user task a boundary timer watches, for the service task the timer leads
	 * to: the task it is attached to, in the timer's own scope — for a step repeated per
	 * item, only the instance of the timer's item.
	 */
	List<OpenStep> watchedBy(DelegateExecution timerPath);

	/** The tasks among these whose case is on hold. */
	Set<String> suspended(Collection<String> taskIds);

	/** Whether the task is an open step of the case of this business key. */
	boolean isOpenIn(String taskId, String businessKey);

	/**
	 * A page of all open tasks in the order of their ids, to rebuild what is derived from
	 * them.
	 */
	List<OpenStep> page(int first, int max);

	/** A step opened again by 退回, and the step it went back to. */
	record Reopened(OpenStep step, ReturnTarget target) {

	}

}
