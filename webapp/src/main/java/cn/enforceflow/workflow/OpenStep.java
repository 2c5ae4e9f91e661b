package cn.enforceflow.workflow;

import java.time.Instant;
import java.util.List;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.UserProfile;

/**
 * A step of a case that the engine has open now: one user task, as the engine has it at
 * this moment (never as a list shows it).
 *
 * @param processKey the process's key, e.g. {@code invitation}
 * @param taskKey the user task's element id, e.g. {@code UserTask_AcceptInvitation}
 * @param name the task's name in the model
 * @param businessKey the case's business key, e.g. a tracking number
 * @param assignee who has the task, or null while it waits in a queue
 * @param candidateUsers the people it is offered to by name
 * @param candidateGroups the groups it is offered to
 * @param due its due date, or null
 * @param suspended whether the case is on hold
 * @param item for a step repeated per item (a multi-instance sub-process, e.g. one per
 * hazard), the item this instance is for; null otherwise
 */
public record OpenStep(String taskId, String processKey, String taskKey, String name, String businessKey,
		String processInstanceId, String processDefinitionId, String assignee, List<String> candidateUsers,
		List<String> candidateGroups, Instant created, Instant due, boolean suspended, String item) {

	public OpenStep {
		candidateUsers = List.copyOf(candidateUsers);
		candidateGroups = List.copyOf(candidateGroups);
	}

	public boolean assignedTo(String username) {
		return username != null && username.equals(this.assignee);
	}

	/** Nobody has it: whoever it is offered to may take it. */
	public boolean unassigned() {
		return this.assignee == null;
	}

	/** Offered to the person by name or to one of their groups. */
	public boolean offeredTo(UserProfile user) {
		return this.candidateUsers.contains(user.username())
				|| CandidateGroups.of(user).stream().anyMatch(this.candidateGroups::contains);
	}

	/** Offered to anyone at all, so that it can be given back to its queue. */
	public boolean hasQueue() {
		return !this.candidateUsers.isEmpty() || !this.candidateGroups.isEmpty();
	}

}
