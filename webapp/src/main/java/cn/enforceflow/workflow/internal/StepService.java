package cn.enforceflow.workflow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.workflow.Colleague;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.ReturnTarget;
import cn.enforceflow.workflow.StepAccess;
import cn.enforceflow.workflow.StepCompleted;
import cn.enforceflow.workflow.StepDecision;
import cn.enforceflow.workflow.StepNotOpenException;
import cn.enforceflow.workflow.StepRefusedException;
import cn.enforceflow.workflow.StepRules;
import cn.enforceflow.workflow.TaskConflictException;
import cn.enforceflow.workflow.WorkflowSteps;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import jakarta.persistence.OptimisticLockException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow layer's rules, on the engine's tasks as {@link EngineSteps} reads and
 * changes them. Every change first locks the task's row and reads it again, so that of
 * two people acting on one task at the same moment the second sees what the first did.
 */
@Service
@Transactional
class StepService implements WorkflowSteps {

	/** The longest reason for 转办 or 退回, in characters. */
	static final int MAX_REASON_LENGTH = 500;

	private final EngineSteps engine;

	private final StepDefinitions definitions;

	private final Users users;

	private final StepAudit audit;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StepService(EngineSteps engine, StepDefinitions definitions, Users users, StepAudit audit,
			EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
		this.engine = engine;
		this.definitions = definitions;
		this.users = users;
		this.audit = audit;
		this.entityManager = entityManager;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public String start(UserProfile starter, String processKey, String businessKey, Map<String, Object> variables) {
		return this.engine.start(starter.username(), processKey, businessKey, variables);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OpenStep> find(String taskId) {
		return this.engine.find(taskId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenStep> open(String processKey, String businessKey, String taskKey) {
		return this.engine.open(processKey, businessKey, taskKey);
	}

	@Override
	@Transactional(readOnly = true)
	public OpenStep stepFor(UserProfile user, String processKey, String businessKey, String taskKey, String item) {
		List<OpenStep> open = open(processKey, businessKey, taskKey);
		OpenStep step = open.stream()
			.filter((candidate) -> item == null || item.equals(candidate.item()))
			.findFirst()
			.orElseThrow(() -> new StepNotOpenException("workflow.step.notOpen", businessKey,
					open.isEmpty() ? this.definitions.nameInLatest(processKey, taskKey) : open.get(0).name()));
		require(user, step, today());
		return step;
	}

	@Override
	@Transactional(readOnly = true)
	public StepRules rules(OpenStep step) {
		return this.definitions.rules(step.processDefinitionId(), step.taskKey());
	}

	@Override
	@Transactional(readOnly = true)
	public StepAccess access(UserProfile user, OpenStep step) {
		return access(user, step, today());
	}

	@Override
	@Transactional(readOnly = true)
	public StepAccess access(UserProfile user, OpenStep step, LocalDate on) {
		if (step.suspended()) {
			return StepAccess.SUSPENDED;
		}
		boolean mine = step.assignedTo(user.username());
		if (!mine && !step.unassigned()) {
			return StepAccess.HELD_BY_OTHER;
		}
		if (!mine && !step.offeredTo(user)) {
			return StepAccess.NOT_OFFERED;
		}
		StepRules rules = rules(step);
		if (rules.certified() && !certifiedOn(user, on)) {
			return StepAccess.NOT_CERTIFIED;
		}
		if (excluded(user.username(), step, rules)) {
			return StepAccess.EXCLUDED;
		}
		return mine ? StepAccess.ASSIGNED : StepAccess.CLAIMABLE;
	}

	@Override
	public void complete(UserProfile user, OpenStep step, StepDecision decision) {
		LocalDate on = (decision.actedOn() != null) ? decision.actedOn() : today();
		// the caller's domain change goes first: its version refuses a concurrent change
		try {
			this.entityManager.flush();
		}
		catch (OptimisticLockException ex) {
			throw new TaskConflictException();
		}
		OpenStep now = locked(step);
		require(user, now, on);
		this.engine.change(() -> {
			if (now.unassigned()) {
				this.engine.claim(now.taskId(), user.username());
			}
			this.engine.complete(now.taskId(), decision.variables());
		});
		this.audit.completed(now, decision.audit());
		this.events.publishEvent(
				new StepCompleted(now.taskId(), now.processKey(), now.taskKey(), now.businessKey(), user.username()));
	}

	@Override
	public boolean claim(UserProfile user, OpenStep step) {
		OpenStep now = locked(step);
		if (now.assignedTo(user.username())) {
			return false;
		}
		if (!now.unassigned()) {
			throw new TaskConflictException();
		}
		switch (access(user, now)) {
			case NOT_OFFERED -> throw new StepRefusedException("inbox.claim.notCandidate");
			default -> require(user, now, today());
		}
		this.engine.change(() -> this.engine.claim(now.taskId(), user.username()));
		this.audit.claimed(user, now);
		return true;
	}

	@Override
	public void unclaim(UserProfile user, OpenStep step) {
		OpenStep now = heldBy(user, step);
		if (!now.hasQueue()) {
			throw new StepRefusedException("inbox.unclaim.noQueue");
		}
		this.engine.change(() -> this.engine.assign(now.taskId(), null));
		this.audit.unclaimed(user, now);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Colleague> colleagues(UserProfile user, OpenStep step) {
		Map<String, UserProfile> people = new LinkedHashMap<>();
		for (String group : step.candidateGroups()) {
			this.users.membersOf(group).forEach((p) -> people.putIfAbsent(p.username(), p));
		}
		for (String username : step.candidateUsers()) {
			this.users.profile(username).ifPresent((p) -> people.putIfAbsent(p.username(), p));
		}
		people.remove(user.username());
		if (step.assignee() != null) {
			people.remove(step.assignee());
		}
		StepRules rules = rules(step);
		LocalDate today = today();
		return people.values()
			.stream()
			.filter((p) -> !rules.certified() || certifiedOn(p, today))
			.filter((p) -> !excluded(p.username(), step, rules))
			.map((p) -> new Colleague(p.username(), p.displayName()))
			.toList();
	}

	@Override
	public Colleague transfer(UserProfile user, OpenStep step, String toUsername, String reason) {
		OpenStep now = heldBy(user, step);
		if (toUsername == null || toUsername.isBlank()) {
			throw new BusinessRuleException("inbox.transfer.toRequired");
		}
		String why = reason(reason, "inbox.transfer.reasonRequired", "inbox.transfer.reasonTooLong");
		if (toUsername.equals(user.username())) {
			throw new BusinessRuleException("inbox.transfer.toSelf");
		}
		Colleague colleague = colleagues(user, now).stream()
			.filter((c) -> c.username().equals(toUsername))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("inbox.transfer.notEligible", toUsername));
		this.engine.change(() -> this.engine.assign(now.taskId(), colleague.username()));
		this.audit.transferred(user, now, colleague.username(), why);
		return colleague;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReturnTarget> returnTarget(OpenStep step) {
		return rules(step).returnTo()
			.flatMap((earlier) -> this.engine.lastPerformer(step.processInstanceId(), earlier)
				.map((performer) -> new ReturnTarget(earlier,
						this.definitions.nameOf(step.processDefinitionId(), earlier), performer,
						displayNameOf(performer))));
	}

	@Override
	public Reopened sendBack(UserProfile user, OpenStep step, String reason) {
		OpenStep now = heldBy(user, step);
		String why = reason(reason, "inbox.return.reasonRequired", "inbox.return.reasonTooLong");
		ReturnTarget target = returnTarget(now).orElseThrow(() -> new StepRefusedException("inbox.return.notAllowed"));
		OpenStep reopened = this.engine.change(() -> StepOpenings.reopening(() -> {
			OpenStep created = this.engine.reopen(now, target.taskKey());
			if (created.unassigned() && target.assignee() != null) {
				this.engine.assign(created.taskId(), target.assignee());
				return this.engine.find(created.taskId()).orElse(created);
			}
			return created;
		}));
		ReturnTarget to = new ReturnTarget(target.taskKey(), target.name(), reopened.assignee(),
				displayNameOf(reopened.assignee()));
		this.audit.returned(user, now, to, reopened.taskId(), why);
		return new Reopened(reopened, to);
	}

	@Override
	public List<OpenStep> watchedBy(DelegateExecution timerPath) {
		return this.engine.watchedBy(timerPath);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> suspended(Collection<String> taskIds) {
		return this.engine.suspended(taskIds);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isOpenIn(String taskId, String businessKey) {
		return this.engine.isOpenIn(taskId, businessKey);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenStep> page(int first, int max) {
		return this.engine.page(first, max);
	}

	/** The step as the engine has it now, its row locked until the transaction ends. */
	private OpenStep locked(OpenStep step) {
		return this.engine.lock(step).orElseThrow(TaskConflictException::new);
	}

	/** The step, if the person has it now and its case is not on hold. */
	private OpenStep heldBy(UserProfile user, OpenStep step) {
		OpenStep now = locked(step);
		if (!now.assignedTo(user.username())) {
			if (now.unassigned()) {
				throw new StepRefusedException("inbox.task.claimFirst");
			}
			throw new TaskConflictException();
		}
		if (now.suspended()) {
			throw new TaskConflictException("inbox.task.suspended");
		}
		return now;
	}

	/** Refuses, saying why, unless the person may work on the step on the day. */
	private void require(UserProfile user, OpenStep step, LocalDate on) {
		switch (access(user, step, on)) {
			case ASSIGNED, CLAIMABLE -> {
			}
			case SUSPENDED -> throw new TaskConflictException("inbox.task.suspended");
			case HELD_BY_OTHER -> throw new StepRefusedException("workflow.step.heldByOther", step.name(),
					displayNameOf(step.assignee()));
			case NOT_OFFERED -> throw new StepRefusedException("workflow.step.notYours", step.name());
			case NOT_CERTIFIED ->
				throw new StepRefusedException("workflow.step.notCertified", step.name(), user.displayName(), on);
			case EXCLUDED -> throw new StepRefusedException("workflow.step.fourEyes", step.name(),
					rules(step).notBy()
						.stream()
						.sorted()
						.map((key) -> this.definitions.nameOf(step.processDefinitionId(), key))
						.collect(Collectors.joining("、")));
		}
	}

	private static boolean certifiedOn(UserProfile user, LocalDate day) {
		return user.certificate().map((certificate) -> certificate.isValidOn(day)).orElse(false);
	}

	/**
	 * Whether the person performed one of the steps this one must not share a performer
	 * with.
	 */
	private boolean excluded(String username, OpenStep step, StepRules rules) {
		return !rules.notBy().isEmpty() && this.engine.performedAny(step.processInstanceId(), rules.notBy(), username);
	}

	private static String reason(String reason, String requiredKey, String tooLongKey) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new BusinessRuleException(requiredKey);
		}
		if (why.codePointCount(0, why.length()) > MAX_REASON_LENGTH) {
			throw new BusinessRuleException(tooLongKey, String.valueOf(MAX_REASON_LENGTH));
		}
		return why;
	}

	private String displayNameOf(String username) {
		return (username != null) ? this.users.profile(username).map(UserProfile::displayName).orElse(username) : null;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

}
