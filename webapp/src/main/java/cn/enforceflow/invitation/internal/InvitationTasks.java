package cn.enforceflow.invitation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.WorkflowTasks;
import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.Verification;
import cn.enforceflow.processes.invitation.InvitationModel;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormValues;
import org.springframework.stereotype.Component;

/**
 * The invitation's tasks on the task page: each form's values become the step's action on
 * {@link Invitations}, exactly as the API's actions do, and the page shows the invitation
 * (and, to the dispatcher, the enterprise's other open visits).
 */
@Component
class InvitationTasks implements WorkflowTasks {

	private final Invitations invitations;

	private final InvitationService service;

	private final CaseFiles files;

	InvitationTasks(Invitations invitations, InvitationService service, CaseFiles files) {
		this.invitations = invitations;
		this.service = service;
		this.files = files;
	}

	@Override
	public String processKey() {
		return InvitationModel.PROCESS_KEY;
	}

	@Override
	public Map<String, Object> formAttributes(String businessKey) {
		return this.service.departmentOf(businessKey)
			.<Map<String, Object>>map((department) -> Map.of(FormContext.DEPARTMENT_CODE, department))
			.orElse(Map.of());
	}

	@Override
	public void complete(UserProfile user, String taskId, String taskKey, String trackingNumber, FormValues values) {
		switch (taskKey) {
			case InvitationModel.TASK_ACCEPT_INVITATION -> {
				if ("ACCEPT".equals(values.string("decision"))) {
					this.invitations.accept(user, trackingNumber, values.string("leadOfficer"),
							values.string("secondOfficer"));
				}
				else {
					this.invitations.decline(user, trackingNumber, values.string("reason"));
				}
			}
			case InvitationModel.TASK_PROPOSE_VISIT_DATE ->
				this.invitations.proposeDate(user, trackingNumber, values.date("visitDate"));
			case InvitationModel.TASK_CONFIRM_VISIT_DATE -> this.invitations.confirmDate(user, trackingNumber,
					values.bool("accepted"), values.optionalDate("alternativeDate").orElse(null));
			case InvitationModel.TASK_RECORD_INSPECTION -> this.invitations.recordInspection(user, trackingNumber,
					new Inspection(values.optionalDate("inspectedOn").orElse(null), findings(values)));
			case InvitationModel.TASK_REPORT_RECTIFICATION ->
				this.invitations.reportRectification(user, trackingNumber, rectifications(values));
			case InvitationModel.TASK_VERIFY_RECTIFICATION ->
				this.invitations.verify(user, trackingNumber, verifications(values));
			case InvitationModel.TASK_RATE_SERVICE -> {
				boolean rated = values.bool("rated");
				this.invitations.rate(user, trackingNumber, rated ? values.integer("score") : null,
						rated ? values.optionalString("comment").orElse(null) : null);
			}
			default -> throw new IllegalArgumentException("not a user task of the invitation: " + taskKey);
		}
	}

	@Override
	public Optional<CasePanel> panel(UserProfile user, String taskId, String taskKey, String trackingNumber) {
		if (!this.invitations.mayRead(user, trackingNumber)) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>(this.files.of(user, trackingNumber, taskId, "/tasks/" + taskId));
		model.put("invitation", this.invitations.find(user, trackingNumber));
		if (InvitationModel.TASK_ACCEPT_INVITATION.equals(taskKey) && !user.hasRole(Role.ENTERPRISE)) {
			model.put("combinedVisit", this.invitations.combinedVisit(user, trackingNumber));
		}
		return Optional.of(new CasePanel("invitation/panel", model));
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
		values.rows("hazards")
			.forEach((itemCode, row) -> checks.add(new Verification(itemCode, row.bool("accepted"),
					row.optionalString("reason").orElse(null), row.optionalDate("newDeadline").orElse(null))));
		return checks;
	}

}
