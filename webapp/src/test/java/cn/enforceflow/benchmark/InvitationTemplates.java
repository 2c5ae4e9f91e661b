package cn.enforceflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.processes.invitation.InvitationModel.Scheduling;
import cn.enforceflow.processes.invitation.InvitationModel.VerificationOutcome;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The template invitations the generator clones: a handful of real instances that the
 * engine drives, one day per step on the engine's clock, so that every engine table holds
 * exactly what the engine writes at history level full. Templates use marker values
 * ({@link #DEPARTMENT}, {@link #LEAD} ...) that the generator replaces per clone, and
 * business keys {@code TPL-<variant>} that no inbox query ever matches.
 */
final class InvitationTemplates {

	/** The application's time zone, in which dates of the process variables are meant. */
	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final String DEPARTMENT = "TPLDEPT";

	static final String DISPATCHER_GROUP = InvitationModel.dispatcherGroup(DEPARTMENT);

	static final String OFFICER_GROUP = DEPARTMENT + ".OFFICER";

	static final String ENTERPRISE_GROUP = InvitationModel.enterpriseGroup("TPLENTERPRISE");

	static final String DISPATCHER = "tpl-dispatcher";

	static final String LEAD = "tpl-lead";

	static final String SECOND = "tpl-second";

	static final String ENTERPRISE_USER = "tpl-enterprise";

	private static final Duration STEP = Duration.ofHours(26);

	enum Kind {

		FINISHED, OPEN

	}

	/** How a template's open task is offered once the steps are done. */
	enum Offer {

		/** As the model leaves it. */
		AS_MODELLED,

		/** Taken back from the lead officer and offered to the department's officers. */
		POOL,

		/** Offered to the department's officers, and still held by the lead officer. */
		CLAIMED

	}

	/** One user task completed the way its users would. */
	enum Step {

		ACCEPT(InvitationModel.TASK_ACCEPT_INVITATION, DISPATCHER),

		DECLINE(InvitationModel.TASK_ACCEPT_INVITATION, DISPATCHER),

		PROPOSE(InvitationModel.TASK_PROPOSE_VISIT_DATE, null),

		CONFIRM(InvitationModel.TASK_CONFIRM_VISIT_DATE, ENTERPRISE_USER),

		RECORD_HAZARDS(InvitationModel.TASK_RECORD_INSPECTION, null),

		RECORD_NO_HAZARDS(InvitationModel.TASK_RECORD_INSPECTION, null),

		REPORT(InvitationModel.TASK_REPORT_RECTIFICATION, ENTERPRISE_USER),

		VERIFY(InvitationModel.TASK_VERIFY_RECTIFICATION, null),

		RATE(InvitationModel.TASK_RATE_SERVICE, ENTERPRISE_USER);

		private final String task;

		/** Who claims the task before completing it; null when the model assigns it. */
		private final String claimant;

		Step(String task, String claimant) {
			this.task = task;
			this.claimant = claimant;
		}

		/** The user task it completes. */
		String task() {
			return this.task;
		}

		/**
		 * What the application's step sets, for a step taken at the engine time
		 * {@code at}: the visit the day after the date is confirmed, a rectification
		 * deadline ten days after the visit.
		 */
		Map<String, Object> variables(Instant at) {
			LocalDate today = at.atZone(BEIJING).toLocalDate();
			Map<String, Object> variables = new HashMap<>();
			switch (this) {
				case ACCEPT -> {
					variables.put(InvitationModel.VAR_ACCEPTED, true);
					variables.put(InvitationModel.VAR_LEAD_OFFICER, LEAD);
					variables.put(InvitationModel.VAR_SECOND_OFFICER, SECOND);
					variables.put(InvitationModel.VAR_ACCEPTED_ON, today.toString());
				}
				case DECLINE -> variables.put(InvitationModel.VAR_ACCEPTED, false);
				case PROPOSE -> variables.put(InvitationModel.VAR_SCHEDULING, Scheduling.PROPOSED.name());
				case CONFIRM -> {
					variables.put(InvitationModel.VAR_SCHEDULING, Scheduling.CONFIRMED.name());
					variables.put(InvitationModel.VAR_VISIT_DATE, today.plusDays(1).toString());
				}
				case RECORD_HAZARDS -> variables.put(InvitationModel.VAR_HAZARDS_FOUND, true);
				case RECORD_NO_HAZARDS -> variables.put(InvitationModel.VAR_HAZARDS_FOUND, false);
				case VERIFY ->
					variables.put(InvitationModel.VAR_VERIFICATION_OUTCOME, VerificationOutcome.ACCEPTED.name());
				default -> {
				}
			}
			return variables;
		}

	}

	/**
	 * The templates and how often each is cloned, in percent of its kind. Open: 40 %
	 * assigned to an officer (four variants), 15 % offered to a department's officers, 15
	 * % to its dispatchers, 30 % to an enterprise.
	 */
	enum Variant {

		FINISHED_FULL(Kind.FINISHED, 35, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM,
				Step.RECORD_HAZARDS, Step.REPORT, Step.VERIFY, Step.RATE),

		FINISHED_NO_HAZARDS(Kind.FINISHED, 50, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM,
				Step.RECORD_NO_HAZARDS, Step.RATE),

		FINISHED_DECLINED(Kind.FINISHED, 15, Offer.AS_MODELLED, Step.DECLINE),

		OPEN_ACCEPT(Kind.OPEN, 15, Offer.AS_MODELLED),

		OPEN_PROPOSE_ASSIGNED(Kind.OPEN, 12, Offer.AS_MODELLED, Step.ACCEPT),

		OPEN_PROPOSE_POOL(Kind.OPEN, 8, Offer.POOL, Step.ACCEPT),

		OPEN_CONFIRM(Kind.OPEN, 12, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE),

		OPEN_RECORD_ASSIGNED(Kind.OPEN, 12, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM),

		OPEN_RECORD_POOL(Kind.OPEN, 7, Offer.POOL, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM),

		OPEN_REPORT(Kind.OPEN, 10, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM, Step.RECORD_HAZARDS),

		OPEN_VERIFY_ASSIGNED(Kind.OPEN, 10, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM,
				Step.RECORD_HAZARDS, Step.REPORT),

		OPEN_VERIFY_CLAIMED(Kind.OPEN, 6, Offer.CLAIMED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM, Step.RECORD_HAZARDS,
				Step.REPORT),

		OPEN_RATE(Kind.OPEN, 8, Offer.AS_MODELLED, Step.ACCEPT, Step.PROPOSE, Step.CONFIRM, Step.RECORD_NO_HAZARDS);

		final Kind kind;

		final int weight;

		final Offer offer;

		final List<Step> steps;

		Variant(Kind kind, int weight, Offer offer, Step... steps) {
			this.kind = kind;
			this.weight = weight;
			this.offer = offer;
			this.steps = List.of(steps);
		}

	}

	/** A template instance the engine created. */
	record Template(Variant variant, String processInstanceId) {

	}

	private final RuntimeService runtime;

	private final TaskService tasks;

	InvitationTemplates(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	/**
	 * Creates one instance of every variant, ending shortly before {@code now} on the
	 * engine's clock, which is reset afterwards.
	 */
	Map<Variant, Template> create(Instant now) {
		Map<Variant, Template> created = new EnumMap<>(Variant.class);
		try {
			for (Variant variant : Variant.values()) {
				created.put(variant, create(variant, now));
			}
		}
		finally {
			ClockUtil.reset();
		}
		return created;
	}

	private Template create(Variant variant, Instant now) {
		Instant at = now.minus(STEP.multipliedBy(variant.steps.size() + 1L));
		ClockUtil.setCurrentTime(Date.from(at));
		String instance = this.runtime.startProcessInstanceByKey(InvitationModel.PROCESS_KEY, "TPL-" + variant.name(),
				Map.of(InvitationModel.VAR_DEPARTMENT_CODE, DEPARTMENT, InvitationModel.VAR_ENTERPRISE_GROUP,
						ENTERPRISE_GROUP))
			.getId();
		for (Step step : variant.steps) {
			at = at.plus(STEP);
			ClockUtil.setCurrentTime(Date.from(at));
			Task task = openTask(instance, step.task);
			if (step.claimant != null) {
				this.tasks.claim(task.getId(), step.claimant);
			}
			this.tasks.complete(task.getId(), step.variables(at));
		}
		List<Task> open = this.tasks.createTaskQuery().processInstanceId(instance).list();
		if (variant.kind == Kind.FINISHED) {
			if (!open.isEmpty() || this.runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
				throw new IllegalStateException(variant + " did not finish");
			}
		}
		else if (open.size() != 1) {
			throw new IllegalStateException(variant + " should wait at one user task, not " + open.size());
		}
		if (variant.offer != Offer.AS_MODELLED) {
			at = at.plus(Duration.ofMinutes(30));
			ClockUtil.setCurrentTime(Date.from(at));
			String task = open.get(0).getId();
			if (variant.offer == Offer.POOL) {
				this.tasks.setAssignee(task, null);
			}
			// the model offers some officer tasks to the group already: one link is
			// enough
			boolean offered = this.tasks.getIdentityLinksForTask(task)
				.stream()
				.anyMatch((link) -> IdentityLinkType.CANDIDATE.equals(link.getType())
						&& OFFICER_GROUP.equals(link.getGroupId()));
			if (!offered) {
				this.tasks.addCandidateGroup(task, OFFICER_GROUP);
			}
		}
		return new Template(variant, instance);
	}

	private Task openTask(String instance, String taskKey) {
		Task task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
		if (task == null || !taskKey.equals(task.getTaskDefinitionKey())) {
			throw new IllegalStateException("expected " + taskKey + " in " + instance + ", found "
					+ ((task != null) ? task.getTaskDefinitionKey() : "no task"));
		}
		return task;
	}

	static List<Variant> variantsOf(Kind kind) {
		List<Variant> variants = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			if (variant.kind == kind) {
				variants.add(variant);
			}
		}
		return variants;
	}

}
