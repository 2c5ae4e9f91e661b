package cn.enforceflow.invitation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.documents.CaseFiles;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.Completed;
import cn.enforceflow.inbox.WorkflowTasks;
import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InspectionRecords;
import cn.enforceflow.invitation.InvitationAcceptance;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.RectificationChecks;
import cn.enforceflow.invitation.RectificationReports;
import cn.enforceflow.invitation.ServiceRatings;
import cn.enforceflow.invitation.Verification;
import cn.enforceflow.invitation.VisitScheduling;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.workflow.OpenStep;
import org.springframework.stereotype.Component;

/**
 * The invitation's steps on the task page: each form's values become the step's command,
 * exactly as the API's actions do, and the page shows the invitation (and, to the
 * dispatcher, the enterprise's other open visits).
 */
@Component
class InvitationTasks implements WorkflowTasks {

	/** The form attribute naming the hazard a step is for. */
	static final String ITEM = "item";

	private final Invitations invitations;

	private final InvitationQueries queries;

	private final InvitationAcceptance acceptance;

	private final VisitScheduling scheduling;

	private final InspectionRecords inspections;

	private final RectificationReports reports;

	private final RectificationChecks checks;

	private final ServiceRatings ratings;

	private final CaseFiles files;

	InvitationTasks(Invitations invitations, InvitationQueries queries, InvitationAcceptance acceptance,
			VisitScheduling scheduling, InspectionRecords inspections, RectificationReports reports,
			RectificationChecks checks, ServiceRatings ratings, CaseFiles files) {
		this.invitations = invitations;
		this.queries = queries;
		this.acceptance = acceptance;
		this.scheduling = scheduling;
		this.inspections = inspections;
		this.reports = reports;
		this.checks = checks;
		this.ratings = ratings;
		this.files = files;
	}

	@Override
	public String processKey() {
		return InvitationModel.PROCESS_KEY;
	}

	@Override
	public Map<String, Object> formAttributes(OpenStep step) {
		Map<String, Object> attributes = new HashMap<>();
		this.queries.departmentOf(step.businessKey())
			.ifPresent((department) -> attributes.put(FormContext.DEPARTMENT_CODE, department));
		if (step.item() != null) {
			attributes.put(ITEM, step.item());
		}
		return attributes;
	}

	@Override
	public Completed complete(UserProfile user, OpenStep step, FormValues values) {
		String tn = step.businessKey();
		InvitationOutcome outcome = switch (step.taskKey()) {
			case InvitationModel.TASK_ACCEPT_INVITATION -> "ACCEPT".equals(values.string("decision"))
					? this.acceptance.accept(user, tn, values.string("leadOfficer"), values.string("secondOfficer"),
							chosen(values, "combined", "combine"))
					: this.acceptance.decline(user, tn, values.string("reason"));
			case InvitationModel.TASK_PROPOSE_VISIT_DATE -> "NOT_AGREED".equals(values.string("decision"))
					? this.scheduling.notAgreed(user, tn, values.string("reason"))
					: this.scheduling.proposeDate(user, tn, values.date("visitDate"));
			case InvitationModel.TASK_CONFIRM_VISIT_DATE -> switch (values.string("answer")) {
				case "CONFIRM" -> this.scheduling.confirmDate(user, tn, true, null, null);
				case "COUNTER_PROPOSE" ->
					this.scheduling.confirmDate(user, tn, false, values.date("alternativeDate"), null);
				default -> this.scheduling.confirmDate(user, tn, false, null, values.string("reason"));
			};
			case InvitationModel.TASK_ANSWER_COUNTER_PROPOSAL -> switch (values.string("decision")) {
				case "ADOPT" -> this.scheduling.answerCounterProposal(user, tn, true, null);
				case "PROPOSE" -> this.scheduling.answerCounterProposal(user, tn, false, values.date("visitDate"));
				default -> this.scheduling.notAgreed(user, tn, values.string("reason"));
			};
			case InvitationModel.TASK_RECORD_INSPECTION -> this.inspections.record(user, tn,
					new Inspection(values.optionalDate("inspectedOn").orElse(null),
							values.optionalString("dateChangeReason").orElse(null),
							List.of(user.username(), values.string("companion")), findings(values)));
			case InvitationModel.TASK_REPORT_RECTIFICATION -> this.reports.report(user, tn, rectifications(values));
			case InvitationModel.TASK_VERIFY_RECTIFICATION -> this.checks.verify(user, tn, verifications(values));
			case InvitationModel.TASK_RATE_SERVICE -> {
				boolean rated = values.bool("rated");
				yield this.ratings.rate(user, tn, rated ? values.integer("score") : null,
						rated ? values.optionalString("comment").orElse(null) : null);
			}
			default -> throw new IllegalArgumentException("not a user task of the invitation: " + step.taskKey());
		};
		return new Completed(outcome.messageKey(), outcome.arguments(), "/invitations/" + outcome.trackingNumber());
	}

	@Override
	public Optional<CasePanel> panel(UserProfile user, OpenStep step) {
		String tn = step.businessKey();
		if (!this.invitations.mayRead(user, tn)) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>(this.files.of(user, tn, step.taskId(), "/tasks/" + step.taskId()));
		model.put("invitation", this.invitations.find(user, tn));
		model.put("taskKey", step.taskKey());
		if (step.item() != null) {
			model.put("item", step.item());
		}
		if (InvitationModel.TASK_ACCEPT_INVITATION.equals(step.taskKey()) && !user.hasRole(Role.ENTERPRISE)) {
			model.put("combinedVisit", this.invitations.combinedVisit(user, tn));
		}
		return Optional.of(new CasePanel("invitation/panel", model));
	}

	/** The keys of the rows whose checkbox is ticked. */
	private static List<String> chosen(FormValues values, String rows, String checkbox) {
		List<String> chosen = new ArrayList<>();
		if (values.has(rows)) {
			values.rows(rows).forEach((key, row) -> {
				if (row.optionalBool(checkbox).orElse(false)) {
					chosen.add(key);
				}
			});
		}
		return chosen;
	}

	private static List<Inspection.Finding> findings(FormValues values) {
		List<Inspection.Finding> findings = new ArrayList<>();
		values.rows("findings").forEach((itemCode, row) -> {
			boolean compliant = row.bool("compliant");
			Inspection.Hazard hazard = compliant ? null
					: new Inspection.Hazard(row.optionalString("description").orElse(null),
							row.optionalString("level").map(HazardLevel::valueOf).orElse(null),
							row.optionalString("legalBasis").orElse(null), row.optionalString("advice").orElse(null),
							row.optionalDate("deadline").orElse(null));
			findings.add(new Inspection.Finding(itemCode, compliant, hazard,
					!compliant && row.optionalBool("suspectedViolation").orElse(false)));
		});
		return findings;
	}

	private static List<Rectification> rectifications(FormValues values) {
		List<Rectification> reports = new ArrayList<>();
		values.rows("hazards")
			.forEach((itemCode, row) -> reports
				.add(new Rectification(itemCode, row.optionalString("description").orElse(null), List.of())));
		return reports;
	}

	private static List<Verification> verifications(FormValues values) {
		List<Verification> checks = new ArrayList<>();
		values.rows("hazards").forEach((itemCode, row) -> {
			boolean accepted = row.bool("accepted");
			checks.add(new Verification(itemCode, accepted, row.optionalString("reason").orElse(null),
					row.optionalDate("newDeadline").orElse(null),
					!accepted && row.optionalBool("handOver").orElse(false)));
		});
		return checks;
	}

}
