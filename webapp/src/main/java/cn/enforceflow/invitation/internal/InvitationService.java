package cn.enforceflow.invitation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.documents.Attachment;
import cn.enforceflow.documents.Attachments;
import cn.enforceflow.catalog.InspectionItem;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.DataScope;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.TaskConflictException;
import cn.enforceflow.identity.Users;
import cn.enforceflow.invitation.CombinedVisit;
import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.Handover;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InvitationActionRefusedException;
import cn.enforceflow.invitation.InvitationNotFoundException;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InvitationSummary;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.StepNotOpenException;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.Verification;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.NotFoundException;
import cn.enforceflow.platform.data.Sequences;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.processes.invitation.InvitationModel.VerificationOutcome;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 邀约式执法检查, step by step: who may act, the rules of each step, the invitation as stored,
 * and the step completed in the engine, in one transaction with its audit entry.
 */
@Service
@Transactional
@EnableConfigurationProperties(InvitationProperties.class)
class InvitationService implements Invitations {

	/** Mobile numbers, or landlines with an area code. */
	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private static final Set<InvitationStatus> OPEN = EnumSet
		.complementOf(EnumSet.of(InvitationStatus.DECLINED, InvitationStatus.CLOSED));

	private final InvitationRepository invitations;

	private final InvitationProcess process;

	private final InspectionCatalog catalog;

	private final Organizations organizations;

	private final Users users;

	private final Sequences sequences;

	private final InvitationAudit audit;

	private final InvitationProperties properties;

	private final EntityManager entityManager;

	private final Clock clock;

	private final InvitationDocuments documents;

	private final Attachments attachments;

	InvitationService(InvitationRepository invitations, InvitationProcess process, InspectionCatalog catalog,
			Organizations organizations, Users users, Sequences sequences, InvitationAudit audit,
			InvitationProperties properties, EntityManager entityManager, Clock clock, InvitationDocuments documents,
			Attachments attachments) {
		this.documents = documents;
		this.attachments = attachments;
		this.invitations = invitations;
		this.process = process;
		this.catalog = catalog;
		this.organizations = organizations;
		this.users = users;
		this.sequences = sequences;
		this.audit = audit;
		this.properties = properties;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public TrackingNumber submit(UserProfile user, NewInvitation request) {
		Enterprise enterprise = user.enterprise()
			.filter((e) -> Authorization.mayActFor(user, e.creditCode()))
			.orElseThrow(() -> new InvitationActionRefusedException("invitation.submit.enterpriseOnly"));
		Department department = department(request.departmentCode());
		List<InvitationItem> items = publishedItems(department, request.itemCodes());
		LocalDate today = today();
		if (request.windowStart() == null || request.windowEnd() == null) {
			throw new BusinessRuleException("invitation.window.required");
		}
		if (!request.windowStart().isAfter(today)) {
			throw new BusinessRuleException("invitation.window.startTooEarly", request.windowStart().toString());
		}
		if (request.windowEnd().isBefore(request.windowStart())) {
			throw new BusinessRuleException("invitation.window.order");
		}
		long span = ChronoUnit.DAYS.between(request.windowStart(), request.windowEnd()) + 1;
		if (span > this.properties.getWindowMaxDays()) {
			throw new BusinessRuleException("invitation.window.tooLong", String.valueOf(span),
					String.valueOf(this.properties.getWindowMaxDays()));
		}
		String site = required(request.siteAddress(), 255, "invitation.site");
		String contact = required(request.contactName(), 64, "invitation.contactName");
		String phone = required(request.contactPhone(), 32, "invitation.contactPhone").replace(" ", "");
		if (!PHONE.matcher(phone).matches()) {
			throw new BusinessRuleException("invitation.contactPhone.format", phone);
		}
		String description = optional(request.description(), 2000, "invitation.description");

		int year = today.getYear();
		TrackingNumber number = TrackingNumber.of(year, this.sequences.next(TrackingNumber.SEQUENCE, year));
		InvitationEntity invitation = InvitationEntity.submitted(number.value(), enterprise.creditCode().value(),
				department.code().value(), items, request.windowStart(), request.windowEnd(), site, contact, phone,
				description, user.username(), now());
		this.invitations.saveAndFlush(invitation);
		this.process.start(number, department.code(), enterprise.creditCode());
		this.audit.submitted(user, invitation);
		return number;
	}

	@Override
	@Transactional(readOnly = true)
	public InvitationView find(UserProfile user, String trackingNumber) {
		return view(visible(user, trackingNumber));
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvitationSummary> list(UserProfile user) {
		List<InvitationEntity> found;
		if (Authorization.overseesCases(user, false)) {
			found = this.invitations.findTop200ByOrderBySubmittedAtDesc();
		}
		else if (Authorization.scopesOf(user).contains(DataScope.OWN_ENTERPRISE)) {
			found = this.invitations
				.findTop200ByEnterpriseCreditCodeOrderBySubmittedAtDesc(user.enterprise().get().creditCode().value());
		}
		else if (Authorization.scopesOf(user).contains(DataScope.OWN_DEPARTMENT)) {
			found = this.invitations
				.findTop200ByDepartmentCodeOrderBySubmittedAtDesc(user.department().get().code().value());
		}
		else {
			found = List.of();
		}
		Names names = new Names();
		return found.stream().map((invitation) -> summary(invitation, names)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean mayRead(UserProfile user, String trackingNumber) {
		return TrackingNumber.parse(trackingNumber)
			.flatMap((number) -> this.invitations.findByTrackingNumber(number.value()))
			.filter((invitation) -> mayRead(user, invitation))
			.isPresent();
	}

	@Override
	public void accept(UserProfile user, String trackingNumber, String leadOfficer, String secondOfficer) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_ACCEPT_INVITATION, InvitationStatus.SUBMITTED);
		if (isBlank(leadOfficer) || isBlank(secondOfficer)) {
			throw new BusinessRuleException("invitation.team.required");
		}
		if (leadOfficer.equals(secondOfficer)) {
			throw new BusinessRuleException("invitation.team.distinct");
		}
		// they must be able to visit at all: certified from the first day of the window
		certifiedOfficer(invitation, leadOfficer, invitation.windowStart());
		certifiedOfficer(invitation, secondOfficer, invitation.windowStart());
		InvitationStatus before = invitation.status();
		invitation.accept(user.username(), now(), leadOfficer, secondOfficer);
		Map<String, Object> variables = new HashMap<>();
		variables.put(InvitationModel.VAR_ACCEPTED, true);
		variables.put(InvitationModel.VAR_LEAD_OFFICER, leadOfficer);
		variables.put(InvitationModel.VAR_SECOND_OFFICER, secondOfficer);
		complete(invitation, task, user, variables);
		this.audit.accepted(user, invitation, before);
	}

	@Override
	public void decline(UserProfile user, String trackingNumber, String reason) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_ACCEPT_INVITATION, InvitationStatus.SUBMITTED);
		String why = required(reason, 500, "invitation.declineReason");
		InvitationStatus before = invitation.status();
		invitation.decline(user.username(), now(), why);
		complete(invitation, task, user, Map.of(InvitationModel.VAR_ACCEPTED, false));
		this.audit.declined(user, invitation, before);
	}

	@Override
	public void proposeDate(UserProfile user, String trackingNumber, LocalDate date) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_PROPOSE_VISIT_DATE, InvitationStatus.ACCEPTED);
		checkVisitDate(invitation, date, "invitation.date.required");
		certifiedOfficer(invitation, invitation.leadOfficer(), date);
		certifiedOfficer(invitation, invitation.secondOfficer(), date);
		InvitationStatus before = invitation.status();
		invitation.propose(date);
		complete(invitation, task, user, Map.of());
		this.audit.dateProposed(user, invitation, before);
	}

	@Override
	public void confirmDate(UserProfile user, String trackingNumber, Boolean accepted, LocalDate alternativeDate) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_CONFIRM_VISIT_DATE, InvitationStatus.DATE_PROPOSED);
		if (accepted == null) {
			throw new BusinessRuleException("invitation.confirm.required");
		}
		InvitationStatus before = invitation.status();
		if (accepted) {
			invitation.confirm();
			complete(invitation, task, user, Map.of(InvitationModel.VAR_DATE_CONFIRMED, true,
					InvitationModel.VAR_VISIT_DATE, invitation.visitDate().toString()));
		}
		else {
			if (invitation.counterProposed()) {
				throw new BusinessRuleException("invitation.confirm.counterProposalUsed");
			}
			checkVisitDate(invitation, alternativeDate, "invitation.confirm.alternativeRequired");
			if (alternativeDate.equals(invitation.proposedDate())) {
				throw new BusinessRuleException("invitation.confirm.sameDate");
			}
			invitation.counterPropose(alternativeDate);
			complete(invitation, task, user, Map.of(InvitationModel.VAR_DATE_CONFIRMED, false));
		}
		this.audit.dateConfirmed(user, invitation, before, accepted);
	}

	@Override
	public void recordInspection(UserProfile user, String trackingNumber, Inspection inspection) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_RECORD_INSPECTION, InvitationStatus.SCHEDULED);
		LocalDate today = today();
		LocalDate inspectedOn = (inspection.inspectedOn() != null) ? inspection.inspectedOn() : today;
		if (inspectedOn.isAfter(today)) {
			throw new BusinessRuleException("invitation.inspection.future", inspectedOn.toString());
		}
		LocalDate submitted = LocalDate.ofInstant(invitation.submittedAt(), WorkingCalendar.ZONE);
		if (inspectedOn.isBefore(submitted)) {
			throw new BusinessRuleException("invitation.inspection.beforeSubmission", inspectedOn.toString());
		}
		Map<String, Inspection.Finding> byItem = byItem(invitation, inspection.findings(), Inspection.Finding::itemCode,
				"invitation.inspection.items");
		Instant now = now();
		List<FindingEntity> findings = new ArrayList<>();
		for (InvitationItem item : invitation.items()) {
			Inspection.Finding finding = byItem.get(item.code());
			if (finding.compliant() == null) {
				throw new BusinessRuleException("invitation.finding.compliantRequired", item.name());
			}
			if (finding.compliant()) {
				if (finding.suspectedViolation()) {
					throw new BusinessRuleException("invitation.finding.suspectedCompliant", item.name());
				}
				findings.add(FindingEntity.compliant(item.code(), user.username(), now));
				continue;
			}
			Inspection.Hazard hazard = finding.hazard();
			if (hazard == null) {
				throw new BusinessRuleException("invitation.hazard.required", item.name());
			}
			String description = requiredFor(item, hazard.description(), 2000, "invitation.hazard.description");
			if (hazard.level() == null) {
				throw new BusinessRuleException("invitation.hazard.level", item.name());
			}
			String legalBasis = requiredFor(item, hazard.legalBasis(), 500, "invitation.hazard.legalBasis");
			String advice = requiredFor(item, hazard.advice(), 2000, "invitation.hazard.advice");
			if (hazard.deadline() == null) {
				throw new BusinessRuleException("invitation.hazard.deadlineRequired", item.name());
			}
			if (!hazard.deadline().isAfter(inspectedOn) || hazard.deadline().isBefore(today)) {
				throw new BusinessRuleException("invitation.hazard.deadlineAfterVisit", item.name(),
						hazard.deadline().toString(), inspectedOn.toString());
			}
			findings.add(FindingEntity.hazard(item.code(), description, hazard.level(), legalBasis, advice,
					hazard.deadline(), finding.suspectedViolation(), user.username(), now));
		}
		InvitationStatus before = invitation.status();
		invitation.inspected(inspectedOn, user.username(), findings);
		boolean hazards = findings.stream().anyMatch((f) -> !f.compliant());
		boolean suspected = findings.stream().anyMatch(FindingEntity::suspectedViolation);
		LocalDate rectificationDeadline = findings.stream()
			.map(FindingEntity::deadline)
			.filter((d) -> d != null)
			.max(Comparator.naturalOrder())
			.orElse(inspectedOn);
		complete(invitation, task, user,
				Map.of(InvitationModel.VAR_HAZARDS_FOUND, hazards, InvitationModel.VAR_SUSPECTED_VIOLATIONS, suspected,
						InvitationModel.VAR_RECTIFICATION_DEADLINE, rectificationDeadline.toString()));
		this.documents.inspectionRecorded(invitation, user);
		this.audit.inspected(user, invitation, before);
	}

	@Override
	public void reportRectification(UserProfile user, String trackingNumber, List<Rectification> rectifications) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_REPORT_RECTIFICATION, InvitationStatus.RECTIFYING);
		List<FindingEntity> awaiting = withStatus(invitation, FindingStatus.AWAITING_REPORT);
		Map<String, Rectification> byItem = byFinding(awaiting, rectifications, Rectification::itemCode,
				"invitation.rectification.items");
		int round = invitation.sendBackRounds() + 1;
		Instant now = now();
		LocalDate today = today();
		// evidence uploaded on the task goes with every report that names none of its own
		List<String> uploaded = this.attachments.submitStep(user.username(), invitation.trackingNumber(), task.getId())
			.stream()
			.map(Attachment::id)
			.toList();
		for (FindingEntity finding : awaiting) {
			Rectification report = byItem.get(finding.itemCode());
			String text = requiredFor(itemOf(invitation, finding), report.description(), 2000,
					"invitation.rectification.description");
			List<String> evidence = uploaded;
			if (!report.attachmentIds().isEmpty()) {
				this.attachments.submit(user.username(), invitation.trackingNumber(), report.attachmentIds());
				evidence = report.attachmentIds();
			}
			String joined = String.join(",", evidence);
			if (joined.length() > 1000) {
				throw new BusinessRuleException("invitation.rectification.tooManyAttachments");
			}
			finding.report(round, text, joined.isEmpty() ? null : joined, user.username(), now,
					today.isAfter(finding.deadline()));
		}
		InvitationStatus before = invitation.status();
		invitation.reported();
		complete(invitation, task, user, Map.of());
		this.audit.rectificationReported(user, invitation, before, round);
	}

	@Override
	public void verify(UserProfile user, String trackingNumber, List<Verification> verifications) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_VERIFY_RECTIFICATION, InvitationStatus.VERIFYING);
		List<FindingEntity> reported = withStatus(invitation, FindingStatus.REPORTED);
		Map<String, Verification> byItem = byFinding(reported, verifications, Verification::itemCode,
				"invitation.verification.items");
		int round = invitation.sendBackRounds() + 1;
		boolean lastRound = invitation.sendBackRounds() >= this.properties.getMaxSendBacks();
		LocalDate today = today();
		Instant now = now();
		for (FindingEntity finding : reported) {
			Verification verification = byItem.get(finding.itemCode());
			InvitationView.Item item = itemOf(invitation, finding);
			if (verification.accepted() == null) {
				throw new BusinessRuleException("invitation.verification.acceptedRequired", item.name());
			}
			if (verification.accepted()) {
				finding.accept(round, user.username(), now);
				continue;
			}
			String reason = requiredFor(item, verification.reason(), 500, "invitation.verification.reason");
			if (lastRound) {
				finding.notRectified(round, reason, user.username(), now);
				continue;
			}
			if (verification.newDeadline() == null) {
				throw new BusinessRuleException("invitation.verification.newDeadline", item.name());
			}
			if (!verification.newDeadline().isAfter(today)) {
				throw new BusinessRuleException("invitation.verification.newDeadlineFuture", item.name(),
						verification.newDeadline().toString());
			}
			finding.sendBack(round, reason, verification.newDeadline(), user.username(), now);
		}
		InvitationStatus before = invitation.status();
		VerificationOutcome outcome;
		List<FindingEntity> again = withStatus(invitation, FindingStatus.AWAITING_REPORT);
		if (!again.isEmpty()) {
			outcome = VerificationOutcome.SENT_BACK;
			invitation.sentBack();
		}
		else if (!withStatus(invitation, FindingStatus.NOT_RECTIFIED).isEmpty()) {
			outcome = VerificationOutcome.NOT_RECTIFIED;
			invitation.verified();
		}
		else {
			outcome = VerificationOutcome.ACCEPTED;
			invitation.verified();
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(InvitationModel.VAR_VERIFICATION_OUTCOME, outcome.name());
		again.stream()
			.map(FindingEntity::deadline)
			.max(Comparator.naturalOrder())
			.ifPresent((deadline) -> variables.put(InvitationModel.VAR_RECTIFICATION_DEADLINE, deadline.toString()));
		complete(invitation, task, user, variables);
		this.audit.verified(user, invitation, before, round, outcome.name());
	}

	@Override
	public void rate(UserProfile user, String trackingNumber, Integer score, String comment) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Task task = openStep(user, invitation, InvitationModel.TASK_RATE_SERVICE, InvitationStatus.RATING);
		if (score != null && (score < 1 || score > 5)) {
			throw new BusinessRuleException("invitation.rating.score", String.valueOf(score));
		}
		String remark = (score != null) ? optional(comment, 500, "invitation.rating.comment") : null;
		InvitationStatus before = invitation.status();
		invitation.close(now(), score, remark);
		complete(invitation, task, user, Map.of(InvitationModel.VAR_RATED, score != null));
		this.audit.rated(user, invitation, before);
	}

	@Override
	@Transactional(readOnly = true)
	public CombinedVisit combinedVisit(UserProfile user, String trackingNumber) {
		InvitationEntity invitation = visible(user, trackingNumber);
		Names names = new Names();
		List<InvitationSummary> others = this.invitations
			.findByEnterpriseCreditCodeAndStatusIn(invitation.enterpriseCreditCode(), OPEN)
			.stream()
			.filter((other) -> !other.id().equals(invitation.id()))
			.sorted(Comparator.comparing(InvitationEntity::submittedAt).reversed())
			.map((other) -> summary(other, names))
			.toList();
		long inspected = this.invitations.countInspectedSince(invitation.enterpriseCreditCode(),
				today().withDayOfYear(1));
		return new CombinedVisit(others, inspected, inspected >= this.properties.getInspectedOftenPerYear());
	}

	@Override
	@Transactional(readOnly = true)
	public List<FindingView> awaitingExemptionAssessment(UserProfile user) {
		Set<String> departments;
		if (Authorization.overseesCases(user, false)) {
			departments = this.organizations.departments(DepartmentKind.ENFORCEMENT)
				.stream()
				.map((d) -> d.code().value())
				.collect(Collectors.toSet());
		}
		else if (Authorization.scopesOf(user).contains(DataScope.OWN_DEPARTMENT)) {
			departments = Set.of(user.department().get().code().value());
		}
		else {
			return List.of();
		}
		if (departments.isEmpty()) {
			return List.of();
		}
		Names names = new Names();
		return this.invitations.findHandedOver(Handover.AWAITING_ASSESSMENT, departments)
			.stream()
			.map((finding) -> findingView(finding.invitation(), finding, names))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public FindingView finding(UserProfile user, long findingId) {
		FindingEntity finding = this.invitations.findFinding(findingId)
			.filter((f) -> mayRead(user, f.invitation()))
			.orElseThrow(() -> new NotFoundException("invitation.finding.notFound", String.valueOf(findingId)));
		return findingView(finding.invitation(), finding, new Names());
	}

	/** The department an invitation was sent to, for its task forms. */
	@Transactional(readOnly = true)
	Optional<String> departmentOf(String trackingNumber) {
		return this.invitations.findByTrackingNumber(trackingNumber).map(InvitationEntity::departmentCode);
	}

	/** The findings the engine has just handed over, for the delegate. */
	@Transactional(readOnly = true)
	List<FindingView> handedOver(String trackingNumber) {
		InvitationEntity invitation = this.invitations.findByTrackingNumber(trackingNumber)
			.orElseThrow(() -> new IllegalStateException("no invitation " + trackingNumber));
		Names names = new Names();
		return invitation.findings()
			.stream()
			.filter((f) -> f.handover().isPresent())
			.map((f) -> findingView(invitation, f, names))
			.toList();
	}

	/** After 退回 in the inbox: the invitation is again at the step that reopened. */
	void reopened(String trackingNumber, String taskKey) {
		this.invitations.findByTrackingNumber(trackingNumber).ifPresent((invitation) -> {
			if (InvitationModel.TASK_ACCEPT_INVITATION.equals(taskKey)) {
				invitation.reopenForDecision();
			}
			else if (InvitationModel.TASK_PROPOSE_VISIT_DATE.equals(taskKey)) {
				invitation.reopenForProposal();
			}
		});
	}

	// rules

	private InvitationEntity visible(UserProfile user, String trackingNumber) {
		return TrackingNumber.parse(trackingNumber)
			.flatMap((number) -> this.invitations.findByTrackingNumber(number.value()))
			.filter((invitation) -> mayRead(user, invitation))
			.orElseThrow(() -> new InvitationNotFoundException(String.valueOf(trackingNumber)));
	}

	private boolean mayRead(UserProfile user, InvitationEntity invitation) {
		return Authorization.overseesCases(user, false)
				|| Authorization.mayActFor(user, new CreditCode(invitation.enterpriseCreditCode()))
				|| Authorization.mayWorkIn(user, DepartmentCode.of(invitation.departmentCode()));
	}

	/**
	 * The open task of the step, which the person may work on; the invitation is at that
	 * step.
	 */
	private Task openStep(UserProfile user, InvitationEntity invitation, String taskKey, InvitationStatus expected) {
		Task task = this.process.openTask(invitation.trackingNumber(), taskKey)
			.orElseThrow(() -> new StepNotOpenException(invitation.trackingNumber(), invitation.status()));
		if (!this.process.mayWorkOn(task, user)) {
			throw new InvitationActionRefusedException("invitation.step.notYours", task.getName());
		}
		if (invitation.status() != expected) {
			throw new StepNotOpenException(invitation.trackingNumber(), invitation.status());
		}
		return task;
	}

	/**
	 * Writes the invitation first (its version guards against a concurrent change), then
	 * completes the step: both or neither.
	 */
	private void complete(InvitationEntity invitation, Task task, UserProfile user, Map<String, Object> variables) {
		try {
			this.entityManager.flush();
		}
		catch (OptimisticLockException ex) {
			throw new TaskConflictException();
		}
		this.process.complete(task, user, variables);
		this.attachments.submitStep(user.username(), invitation.trackingNumber(), task.getId());
	}

	private Department department(String code) {
		if (isBlank(code)) {
			throw new BusinessRuleException("invitation.department.required");
		}
		return DepartmentCode.parse(code.strip())
			.flatMap(this.organizations::department)
			.filter((d) -> d.kind() == DepartmentKind.ENFORCEMENT)
			.orElseThrow(() -> new BusinessRuleException("invitation.department.unknown", code));
	}

	private List<InvitationItem> publishedItems(Department department, List<String> codes) {
		InspectionItemList list = this.catalog.publishedList(department.code())
			.orElseThrow(() -> new BusinessRuleException("invitation.items.noList", department.name()));
		if (codes.isEmpty()) {
			throw new BusinessRuleException("invitation.items.required");
		}
		Map<String, InspectionItem> published = new LinkedHashMap<>();
		list.items().forEach((item) -> published.put(item.code(), item));
		Set<String> unknown = new TreeSet<>();
		Set<String> chosen = new LinkedHashSet<>();
		for (String code : codes) {
			String item = (code != null) ? code.strip() : "";
			if (!published.containsKey(item)) {
				unknown.add(item);
			}
			chosen.add(item);
		}
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("invitation.items.unpublished", String.join("、", unknown),
					department.name());
		}
		// in the order of the published list
		return published.values()
			.stream()
			.filter((item) -> chosen.contains(item.code()))
			.map((item) -> new InvitationItem(item.code(), item.name(), item.legalBasis()))
			.toList();
	}

	/** A visit date: given, after today, within the enterprise's window. */
	private void checkVisitDate(InvitationEntity invitation, LocalDate date, String missingKey) {
		if (date == null) {
			throw new BusinessRuleException(missingKey);
		}
		if (!date.isAfter(today())) {
			throw new BusinessRuleException("invitation.date.notFuture", date.toString());
		}
		if (date.isBefore(invitation.windowStart()) || date.isAfter(invitation.windowEnd())) {
			throw new BusinessRuleException("invitation.date.outsideWindow", date.toString(),
					invitation.windowStart().toString(), invitation.windowEnd().toString());
		}
	}

	/**
	 * An officer of the invitation's department whose certificate is valid on the day.
	 */
	private void certifiedOfficer(InvitationEntity invitation, String username, LocalDate on) {
		UserProfile officer = this.users.profile(username)
			.filter((p) -> p.hasRole(Role.OFFICER))
			.filter((
					p) -> p.department().map((d) -> d.code().value().equals(invitation.departmentCode())).orElse(false))
			.orElseThrow(() -> new BusinessRuleException("invitation.team.notOfficer", username));
		EnforcementCertificate certificate = officer.certificate()
			.orElseThrow(() -> new BusinessRuleException("invitation.team.noCertificate", officer.displayName()));
		if (!certificate.isValidOn(on)) {
			throw new BusinessRuleException("invitation.team.certificateExpired", officer.displayName(),
					certificate.validUntil().toString(), on.toString());
		}
	}

	/**
	 * The entries of a step keyed by item code: exactly one for each expected item, no
	 * other.
	 */
	private <T> Map<String, T> byItem(InvitationEntity invitation, List<T> entries,
			java.util.function.Function<T, String> itemCode, String key) {
		return keyed(invitation.items().stream().map(InvitationItem::code).toList(), entries, itemCode, key);
	}

	private <T> Map<String, T> byFinding(List<FindingEntity> expected, List<T> entries,
			java.util.function.Function<T, String> itemCode, String key) {
		return keyed(expected.stream().map(FindingEntity::itemCode).toList(), entries, itemCode, key);
	}

	private static <T> Map<String, T> keyed(List<String> expected, List<T> entries,
			java.util.function.Function<T, String> itemCode, String key) {
		Map<String, T> keyed = new HashMap<>();
		Set<String> unexpected = new TreeSet<>();
		for (T entry : entries) {
			String code = (itemCode.apply(entry) != null) ? itemCode.apply(entry).strip() : "";
			if (!expected.contains(code) || keyed.putIfAbsent(code, entry) != null) {
				unexpected.add(code);
			}
		}
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(keyed.keySet());
		if (!unexpected.isEmpty() || !missing.isEmpty()) {
			throw new BusinessRuleException(key, String.join("、", missing), String.join("、", unexpected));
		}
		return keyed;
	}

	private static List<FindingEntity> withStatus(InvitationEntity invitation, FindingStatus status) {
		return invitation.findings().stream().filter((f) -> f.status() == status).toList();
	}

	private static String required(String value, int max, String key) {
		if (isBlank(value)) {
			throw new BusinessRuleException(key + ".required");
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > max) {
			throw new BusinessRuleException(key + ".tooLong", String.valueOf(max));
		}
		return text;
	}

	private static String requiredFor(InvitationItem item, String value, int max, String key) {
		return requiredFor(new InvitationView.Item(item.code(), item.name(), item.legalBasis()), value, max, key);
	}

	private static String requiredFor(InvitationView.Item item, String value, int max, String key) {
		if (isBlank(value)) {
			throw new BusinessRuleException(key + ".required", item.name());
		}
		String text = value.strip();
		if (text.codePointCount(0, text.length()) > max) {
			throw new BusinessRuleException(key + ".tooLong", item.name(), String.valueOf(max));
		}
		return text;
	}

	private static String optional(String value, int max, String key) {
		return isBlank(value) ? null : required(value, max, key);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	private Instant now() {
		return this.clock.instant();
	}

	// views

	private InvitationView.Item itemOf(InvitationEntity invitation, FindingEntity finding) {
		return invitation.items()
			.stream()
			.filter((item) -> item.code().equals(finding.itemCode()))
			.map((item) -> new InvitationView.Item(item.code(), item.name(), item.legalBasis()))
			.findFirst()
			.orElse(new InvitationView.Item(finding.itemCode(), finding.itemCode(), ""));
	}

	private InvitationView view(InvitationEntity invitation) {
		Names names = new Names();
		return new InvitationView(invitation.trackingNumber(), invitation.status(),
				names.enterprise(invitation.enterpriseCreditCode()), names.department(invitation.departmentCode()),
				invitation.items()
					.stream()
					.map((item) -> new InvitationView.Item(item.code(), item.name(), item.legalBasis()))
					.toList(),
				invitation.windowStart(), invitation.windowEnd(), invitation.siteAddress(), invitation.contactName(),
				invitation.contactPhone(), invitation.description(), names.person(invitation.submittedBy()),
				invitation.submittedAt(), names.person(invitation.decidedBy()), invitation.decidedAt(),
				invitation.declineReason(), names.person(invitation.leadOfficer()),
				names.person(invitation.secondOfficer()), invitation.proposedDate(), invitation.counterProposed(),
				invitation.visitDate(), invitation.inspectedOn(),
				invitation.findings().stream().map((f) -> findingView(invitation, f, names)).toList(),
				invitation.sendBackRounds(), invitation.ratingScore(), invitation.ratingComment(), invitation.ratedAt(),
				invitation.closedAt());
	}

	private InvitationSummary summary(InvitationEntity invitation, Names names) {
		return new InvitationSummary(invitation.trackingNumber(), invitation.status(),
				names.enterprise(invitation.enterpriseCreditCode()), names.department(invitation.departmentCode()),
				invitation.windowStart(), invitation.windowEnd(), invitation.visitDate(), invitation.submittedAt());
	}

	private FindingView findingView(InvitationEntity invitation, FindingEntity finding, Names names) {
		return new FindingView(finding.id(), invitation.trackingNumber(),
				names.enterprise(invitation.enterpriseCreditCode()), names.department(invitation.departmentCode()),
				finding.itemCode(), itemOf(invitation, finding).name(), finding.compliant(), finding.description(),
				finding.level(), finding.legalBasis(), finding.advice(), finding.deadline(),
				finding.suspectedViolation(), finding.status(), finding.handover().orElse(null), finding.recordedBy(),
				finding.recordedAt(),
				finding.reports()
					.stream()
					.map((r) -> new FindingView.Report(r.round(), r.description(), ids(r.attachmentIds()),
							r.reportedBy(), r.reportedAt(), r.late()))
					.toList(),
				finding.verifications()
					.stream()
					.map((v) -> new FindingView.Check(v.round(), v.accepted(), v.reason(), v.newDeadline(),
							v.verifiedBy(), v.verifiedAt()))
					.toList());
	}

	private static List<String> ids(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		for (String id : joined.split(",")) {
			ids.add(id.strip());
		}
		return ids;
	}

	/** Names looked up once per view. */
	private final class Names {

		private final Map<String, InvitationView.Party> enterprises = new HashMap<>();

		private final Map<String, InvitationView.Party> departments = new HashMap<>();

		private final Map<String, InvitationView.Person> people = new HashMap<>();

		InvitationView.Party enterprise(String creditCode) {
			return this.enterprises.computeIfAbsent(creditCode,
					(code) -> new InvitationView.Party(code,
							InvitationService.this.organizations.enterprise(new CreditCode(code))
								.map(Enterprise::name)
								.orElse(code)));
		}

		InvitationView.Party department(String departmentCode) {
			return this.departments.computeIfAbsent(departmentCode,
					(code) -> new InvitationView.Party(code,
							InvitationService.this.organizations.department(DepartmentCode.of(code))
								.map(Department::name)
								.orElse(code)));
		}

		InvitationView.Person person(String username) {
			if (username == null) {
				return null;
			}
			return this.people.computeIfAbsent(username, (name) -> new InvitationView.Person(name,
					InvitationService.this.users.profile(name).map(UserProfile::displayName).orElse(name)));
		}

	}

}
