package cn.enforceflow.inbox;

import org.springframework.context.MessageSourceResolvable;

import java.time.Instant;
import java.util.List;

/**
 * A case from its start to now: the steps done and open, by whom, when, with what outcome
 * and remarks, against their due dates; and which elements of the model it has passed and
 * where it is now, for the diagram.
 *
 * @param state {@code ACTIVE}, or the engine's end state ({@code COMPLETED},
 * {@code EXTERNALLY_TERMINATED}, ...)
 * @param finishedActivities the ids of the model elements the case completed
 * @param activeActivities the ids of the model elements the case is at now
 * @param events what happened to the case outside its steps: documents issued and served
 */
public record CaseTimeline(String processInstanceId, String businessKey, String processKey, String processName,
		String processDefinitionId, String state, Person startedBy, Instant started, Instant ended,
		List<String> finishedActivities, List<String> activeActivities, List<Step> steps, List<Event> events) {

	public CaseTimeline {
		finishedActivities = List.copyOf(finishedActivities);
		activeActivities = List.copyOf(activeActivities);
		steps = List.copyOf(steps);
		events = List.copyOf(events);
	}

	public boolean active() {
		return this.ended == null;
	}

	/** Someone named in the case; the display name is the username when unknown. */
	public record Person(String username, String displayName) {

	}

	/**
	 * A user task of the case.
	 *
	 * @param assignee who has it, or had it when it ended; null while nobody has claimed
	 * it
	 * @param candidateGroups who may claim it (open steps)
	 * @param due null when it has no due date
	 * @param late it ended after its due date, or it is open and past it
	 * @param lateWorkingDays how many working days late it ended or is
	 */
	public record Step(String taskId, String taskKey, String name, Person assignee, List<String> candidateGroups,
			Instant created, Instant ended, Instant due, Outcome outcome, boolean late, int lateWorkingDays,
			List<Note> notes, MessageSourceResolvable decision) {

		public Step {
			candidateGroups = List.copyOf(candidateGroups);
			notes = List.copyOf(notes);
		}

	}

	/** How a step ended. */
	public enum Outcome {

		/** 办理中 */
		OPEN,
		/** 已办结 */
		COMPLETED,
		/** 已退回 */
		RETURNED,
		/** 已取消: the case ended or moved on without it */
		CANCELLED

	}

	/**
	 * Something that happened to a step: a comment, a return reason, a claim, a transfer.
	 *
	 * @param to the person a transfer went to
	 */
	public record Note(Instant at, Person author, Kind kind, String text, Person to) {

	}

	/**
	 * A document of the case issued, or its receipt confirmed (送达), as the audit trail
	 * recorded it.
	 *
	 * @param documentType e.g. {@code INSPECTION_RECORD}
	 * @param documentNumber e.g. 淮应急检记〔2026〕1号
	 */
	public record Event(Instant at, Person actor, EventKind kind, String documentId, String documentType,
			String documentNumber) {

	}

	/** What a case event is. */
	public enum EventKind {

		DOCUMENT_ISSUED, DOCUMENT_RECEIVED

	}

	/** What a note records. */
	public enum Kind {

		COMMENT, RETURNED, CLAIMED, UNCLAIMED, TRANSFERRED,

		/** 催办, with what was said. */
		URGED

	}

}
