package cn.enforceflow.inbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.inbox.CaseAccess;
import cn.enforceflow.workflow.StepAuditActions;
import cn.enforceflow.inbox.CaseNotFoundException;
import cn.enforceflow.inbox.CaseReaders;
import cn.enforceflow.inbox.CaseTimeline;
import cn.enforceflow.inbox.CaseTimeline.Kind;
import cn.enforceflow.inbox.CaseTimeline.Note;
import cn.enforceflow.inbox.CaseTimeline.Outcome;
import cn.enforceflow.inbox.CaseTimeline.Person;
import cn.enforceflow.inbox.CaseTimeline.Step;
import cn.enforceflow.inbox.CaseTimelines;
import cn.enforceflow.inbox.DueStatus;
import cn.enforceflow.inbox.StepDecisions;
import cn.enforceflow.inbox.internal.InboxQueries.CaseRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case's timeline from the engine's history of that one case (indexed by process
 * instance), with the comments and the task actions recorded beside it; and decides who
 * may read a case at all ({@link CaseAccess}).
 */
@Service
@Transactional(readOnly = true)
class TimelineService implements CaseTimelines, CaseAccess {

	/**
	 * Processes whose cases only their participants may see: clues about enforcement
	 * staff (DESIGN.md, workflow 3).
	 */
	static final Set<String> CONFIDENTIAL_PROCESSES = Set.of("clueReferral");

	/** The audit actions of the documents capability that the timeline shows. */
	private static final String DOCUMENT_ISSUED = "DOCUMENT_ISSUED";

	private static final String DOCUMENT_RECEIVED = "DOCUMENT_RECEIVED";

	private static final Map<String, Kind> ACTION_KINDS = Map.of(StepAuditActions.CLAIMED, Kind.CLAIMED,
			StepAuditActions.UNCLAIMED, Kind.UNCLAIMED, StepAuditActions.TRANSFERRED, Kind.TRANSFERRED);

	private final InboxQueries queries;

	private final HistoryService history;

	private final RepositoryService repository;

	private final CaseComments comments;

	private final AuditTrail audit;

	private final Users users;

	private final ProcessNames processNames;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final ObjectMapper json;

	/**
	 * Asked when a case is read, not when this service is made: the workflows' readers
	 * need services (documents) that need {@link CaseAccess}.
	 */
	private final ObjectProvider<CaseReaders> readers;

	private final ObjectProvider<StepDecisions> decisions;

	TimelineService(InboxQueries queries, HistoryService history, RepositoryService repository, CaseComments comments,
			AuditTrail audit, Users users, ProcessNames processNames, WorkingCalendar calendar, Clock clock,
			ObjectMapper json, ObjectProvider<CaseReaders> readers, ObjectProvider<StepDecisions> decisions) {
		this.json = json;
		this.decisions = decisions;
		this.readers = readers;
		this.queries = queries;
		this.history = history;
		this.repository = repository;
		this.comments = comments;
		this.audit = audit;
		this.users = users;
		this.processNames = processNames;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public CaseTimeline timeline(UserProfile user, String businessKey) {
		CaseRow found = readableCase(user, businessKey);
		String instance = found.processInstanceId();
		Map<String, Person> people = new HashMap<>();
		List<CaseComments.Comment> remarks = this.comments.ofCase(instance);
		Map<String, List<Note>> notes = new HashMap<>();
		for (CaseComments.Comment comment : remarks) {
			// a transfer's reason goes with the transfer, as the audit trail records it
			if (comment.kind() == CaseComments.Kind.TRANSFER) {
				continue;
			}
			Kind kind = switch (comment.kind()) {
				case RETURN -> Kind.RETURNED;
				case URGE -> Kind.URGED;
				default -> Kind.COMMENT;
			};
			notes.computeIfAbsent(comment.taskId(), (id) -> new ArrayList<>())
				.add(new Note(comment.at(), person(comment.author(), people), kind, comment.body(), null));
		}
		List<CaseTimeline.Event> events = new ArrayList<>();
		Map<String, AuditEntry> decided = new HashMap<>();
		Map<String, DocumentRef> issued = new HashMap<>();
		if (found.businessKey() != null) {
			for (AuditEntry entry : this.audit.ofCase(found.businessKey())) {
				if (DOCUMENT_ISSUED.equals(entry.action()) && entry.subjectId() != null) {
					DocumentRef document = new DocumentRef(textIn(entry.after(), "type"),
							textIn(entry.after(), "number"));
					issued.put(entry.subjectId(), document);
					events.add(new CaseTimeline.Event(entry.recordedAt(), person(entry.actor(), people),
							CaseTimeline.EventKind.DOCUMENT_ISSUED, entry.subjectId(), document.type(),
							document.number()));
				}
				else if (DOCUMENT_RECEIVED.equals(entry.action()) && entry.subjectId() != null) {
					DocumentRef document = issued.getOrDefault(entry.subjectId(), new DocumentRef(null, null));
					events.add(new CaseTimeline.Event(entry.recordedAt(), person(entry.actor(), people),
							CaseTimeline.EventKind.DOCUMENT_RECEIVED, entry.subjectId(), document.type(),
							document.number()));
				}
				String decidedOn = textIn(entry.after(), "taskId");
				if (decidedOn != null) {
					decided.put(decidedOn, entry);
				}
				Kind kind = ACTION_KINDS.get(entry.action());
				if (kind != null && entry.subjectId() != null) {
					String to = (kind == Kind.TRANSFERRED) ? assigneeIn(entry.after()) : null;
					notes.computeIfAbsent(entry.subjectId(), (id) -> new ArrayList<>())
						.add(new Note(entry.recordedAt(), person(entry.actor(), people), kind,
								(kind == Kind.TRANSFERRED) ? entry.detail() : null,
								(to != null) ? person(to, people) : null));
				}
			}
		}
		notes.values().forEach((list) -> list.sort(java.util.Comparator.comparing(Note::at)));
		Set<String> returned = remarks.stream()
			.filter((comment) -> comment.kind() == CaseComments.Kind.RETURN)
			.map(CaseComments.Comment::taskId)
			.collect(Collectors.toSet());

		List<HistoricTaskInstance> tasks = this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderByTaskId()
			.asc()
			.list();
		// steps opened in the same instant (MySQL keeps seconds; task ids are UUIDs): the
		// one that ended first, those still open last; ended together, in the order of
		// their audit entries
		tasks = tasks.stream()
			.sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)
				.thenComparing(HistoricTaskInstance::getEndTime, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparingLong((task) -> Optional.ofNullable(decided.get(task.getId()))
					.map(AuditEntry::seq)
					.orElse(Long.MAX_VALUE)))
			.toList();
		Map<String, List<String>> openCandidates = this.queries.candidatesOf(
				tasks.stream().filter((t) -> t.getEndTime() == null).map(HistoricTaskInstance::getId).toList());
		Instant now = this.clock.instant();
		List<Step> steps = tasks.stream()
			.map((task) -> step(task, openCandidates, returned, notes, people, now,
					decision(found.processKey(), decided.get(task.getId()))))
			.toList();

		List<HistoricActivityInstance> activities = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance)
			.list();
		List<String> finished = activities.stream()
			.filter((a) -> a.getEndTime() != null && !a.isCanceled())
			.map(HistoricActivityInstance::getActivityId)
			.distinct()
			.toList();
		List<String> active = activities.stream()
			.filter((a) -> a.getEndTime() == null)
			.map(HistoricActivityInstance::getActivityId)
			.distinct()
			.toList();
		return new CaseTimeline(instance, found.businessKey(), found.processKey(),
				this.processNames.nameOf(found.processDefinitionId(), found.processKey()), found.processDefinitionId(),
				(found.ended() == null) ? "ACTIVE" : found.endState(),
				(found.startedBy() != null) ? person(found.startedBy(), people) : null,
				ReadModelTime.instant(found.started()), ReadModelTime.instant(found.ended()), finished, active, steps,
				events);
	}

	@Override
	public byte[] diagram(UserProfile user, String businessKey) {
		CaseRow found = readableCase(user, businessKey);
		try (InputStream model = this.repository.getProcessModel(found.processDefinitionId())) {
			return model.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean mayRead(UserProfile user, String businessKey) {
		if (businessKey == null || businessKey.isBlank() || businessKey.length() > 255) {
			return false;
		}
		return this.queries.caseOf(businessKey).filter((found) -> mayRead(user, found)).isPresent();
	}

	@Override
	public boolean tookPart(UserProfile user, String businessKey) {
		if (businessKey == null || businessKey.isBlank() || businessKey.length() > 255) {
			return false;
		}
		return this.queries.caseOf(businessKey)
			.filter((found) -> this.queries.tookPartIn(found.processInstanceId(), Principal.of(user)))
			.isPresent();
	}

	private CaseRow readableCase(UserProfile user, String businessKey) {
		if (businessKey == null || businessKey.isBlank() || businessKey.length() > 255) {
			throw new CaseNotFoundException(String.valueOf(businessKey));
		}
		return this.queries.caseOf(businessKey)
			.filter((found) -> mayRead(user, found))
			.orElseThrow(() -> new CaseNotFoundException(businessKey));
	}

	private boolean mayRead(UserProfile user, CaseRow found) {
		if (this.queries.tookPartIn(found.processInstanceId(), Principal.of(user))) {
			return true;
		}
		if (Authorization.overseesCases(user, CONFIDENTIAL_PROCESSES.contains(found.processKey()))) {
			return true;
		}
		return found.businessKey() != null && this.readers.orderedStream()
			.anyMatch((reader) -> reader.processKey().equals(found.processKey())
					&& reader.mayRead(user, found.businessKey()));
	}

	/**
	 * What the workflow says was decided at a step, from the entry its completion wrote.
	 */
	private MessageSourceResolvable decision(String processKey, AuditEntry entry) {
		if (entry == null || entry.after() == null) {
			return null;
		}
		try {
			JsonNode after = this.json.readTree(entry.after());
			return this.decisions.orderedStream()
				.filter((d) -> d.processKey().equals(processKey))
				.findFirst()
				.flatMap((d) -> d.decisionOf(entry.action(), after, entry.detail()))
				.orElse(null);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	private Step step(HistoricTaskInstance task, Map<String, List<String>> openCandidates, Set<String> returned,
			Map<String, List<Note>> notes, Map<String, Person> people, Instant now, MessageSourceResolvable decision) {
		Instant ended = (task.getEndTime() != null) ? task.getEndTime().toInstant() : null;
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		Outcome outcome;
		if (ended == null) {
			outcome = Outcome.OPEN;
		}
		else if (returned.contains(task.getId())) {
			outcome = Outcome.RETURNED;
		}
		else if (TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())) {
			outcome = Outcome.COMPLETED;
		}
		else {
			outcome = Outcome.CANCELLED;
		}
		boolean late = false;
		int lateDays = 0;
		if (due != null && outcome != Outcome.CANCELLED) {
			DueStatus status = DueStatus.of(due, (ended != null) ? ended : now, this.calendar);
			late = status.overdue();
			lateDays = late ? status.workingDays() : 0;
		}
		List<String> groups = openCandidates.getOrDefault(task.getId(), List.of())
			.stream()
			.filter(Principal::isGroup)
			.map(Principal::id)
			.toList();
		return new Step(task.getId(), task.getTaskDefinitionKey(), task.getName(),
				(task.getAssignee() != null) ? person(task.getAssignee(), people) : null, groups,
				task.getStartTime().toInstant(), ended, due, outcome, late, lateDays,
				notes.getOrDefault(task.getId(), List.of()), decision);
	}

	/** The assignee an audit entry's values name (canonical JSON), if any. */
	private String assigneeIn(String values) {
		return textIn(values, "assignee");
	}

	/** A text value of an audit entry's values (canonical JSON), if there is one. */
	private String textIn(String values, String field) {
		if (values == null) {
			return null;
		}
		try {
			JsonNode value = this.json.readTree(values).get(field);
			return (value != null && value.isTextual()) ? value.asText() : null;
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	private Person person(String username, Map<String, Person> people) {
		return people.computeIfAbsent(username,
				(name) -> new Person(name, this.users.profile(name).map(UserProfile::displayName).orElse(name)));
	}

	/** A document as its issue was recorded. */
	private record DocumentRef(String type, String number) {

	}

}
