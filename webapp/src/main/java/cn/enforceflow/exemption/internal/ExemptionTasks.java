package cn.enforceflow.exemption.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.enforceflow.documents.CaseFiles;
import cn.enforceflow.exemption.ExemptionCorrections;
import cn.enforceflow.exemption.ExemptionDecisions;
import cn.enforceflow.exemption.ExemptionDecisions.HeadDecision;
import cn.enforceflow.exemption.ExemptionOutcome;
import cn.enforceflow.exemption.ExemptionServing;
import cn.enforceflow.exemption.ExemptionServing.ServiceMethod;
import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.WorkflowTasks.CasePanel;
import cn.enforceflow.inbox.Completed;
import cn.enforceflow.inbox.WorkflowTasks;
import cn.enforceflow.processes.exemption.ExemptionModel;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.workflow.OpenStep;
import org.springframework.stereotype.Component;

/**
 * The exemption's steps on the task page: each form's values become the step's command,
 * exactly as the API's actions do, and the page shows the case with its assessment and
 * documents.
 */
@Component
class ExemptionTasks implements WorkflowTasks {

	private final Exemptions exemptions;

	private final ExemptionRepository repository;

	private final ExemptionCorrections corrections;

	private final ExemptionDecisions decisions;

	private final ExemptionServing serving;

	private final CaseFiles files;

	ExemptionTasks(Exemptions exemptions, ExemptionRepository repository, ExemptionCorrections corrections,
			ExemptionDecisions decisions, ExemptionServing serving, CaseFiles files) {
		this.exemptions = exemptions;
		this.repository = repository;
		this.corrections = corrections;
		this.decisions = decisions;
		this.serving = serving;
		this.files = files;
	}

	@Override
	public String processKey() {
		return ExemptionModel.PROCESS_KEY;
	}

	@Override
	public Map<String, Object> formAttributes(OpenStep step) {
		Map<String, Object> attributes = new HashMap<>();
		this.repository.findByCaseNumber(step.businessKey())
			.ifPresent((exemption) -> attributes.put(FormContext.DEPARTMENT_CODE, exemption.departmentCode()));
		return attributes;
	}

	@Override
	public Completed complete(UserProfile user, OpenStep step, FormValues values) {
		String cn = step.businessKey();
		ExemptionOutcome outcome = switch (step.taskKey()) {
			case ExemptionModel.TASK_ORDER_CORRECTION -> this.corrections.order(user, cn, values.date("deadline"));
			case ExemptionModel.TASK_REPORT_CORRECTION ->
				this.corrections.report(user, cn, values.string("description"), List.of());
			case ExemptionModel.TASK_CHECK_CORRECTION ->
				this.corrections.check(user, cn, values.bool("accepted"), values.optionalString("reason").orElse(null));
			case ExemptionModel.TASK_PROPOSE_EXEMPTION ->
				this.decisions.propose(user, cn, values.string("opinion"), values.string("educationRecord"));
			case ExemptionModel.TASK_LEGAL_REVIEW ->
				this.decisions.review(user, cn, values.bool("approved"), values.optionalString("reason").orElse(null));
			case ExemptionModel.TASK_APPROVE_EXEMPTION -> this.decisions.approve(user, cn,
					HeadDecision.valueOf(values.string("decision")), values.optionalString("reason").orElse(null));
			case ExemptionModel.TASK_SERVE_DECISION -> this.serving.serve(user, cn,
					ServiceMethod.valueOf(values.string("method")), values.optionalDate("servedOn").orElse(null));
			case ExemptionModel.TASK_CONFIRM_RECEIPT -> this.serving.confirmReceipt(user, cn);
			case ExemptionModel.TASK_PUBLISH_DECISION -> this.serving.publish(user, cn);
			default -> throw new IllegalArgumentException("not a user task of the exemption: " + step.taskKey());
		};
		return new Completed(outcome.messageKey(), outcome.arguments(), "/exemptions/" + outcome.caseNumber());
	}

	@Override
	public Optional<CasePanel> panel(UserProfile user, OpenStep step) {
		String cn = step.businessKey();
		if (!this.exemptions.mayRead(user, cn)) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>(this.files.of(user, cn, step.taskId(), "/tasks/" + step.taskId()));
		model.put("exemption", this.exemptions.find(user, cn));
		model.put("taskKey", step.taskKey());
		return Optional.of(new CasePanel("exemption/panel", model));
	}

}
