package cn.enforceflow.exemption.internal;

import java.util.List;
import java.util.Map;

import cn.enforceflow.exemption.Band;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.processes.exemption.ExemptionModel;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepDecision;
import cn.enforceflow.workflow.WorkflowSteps;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The one place that talks to the engine about first-violation cases: evaluates the
 * assessment decision, starts a case, and finds and completes its steps through the
 * shared workflow layer, which decides who may work on them (four eyes included).
 */
@Component
class ExemptionProcess {

	private final DecisionService decisions;

	private final WorkflowSteps steps;

	ExemptionProcess(DecisionService decisions, WorkflowSteps steps) {
		this.decisions = decisions;
		this.steps = steps;
	}

	/** 要素核查: the DMN decision on the facts of the case. */
	AssessmentResult assess(Map<String, Object> facts, List<String> priorCases) {
		DmnDecisionRuleResult result = this.decisions.evaluateDecisionTableByKey(ExemptionModel.DECISION_KEY)
			.variables(facts)
			.evaluate()
			.getSingleResult();
		// an output the row leaves empty is not in the result at all
		Map<String, Object> entries = result.getEntryMap();
		Object band = entries.get(ExemptionModel.OUT_BAND);
		return new AssessmentResult((String) entries.get(ExemptionModel.OUT_OUTCOME),
				(band != null) ? Band.valueOf(band.toString()) : null, (String) entries.get(ExemptionModel.OUT_REASON),
				priorCases);
	}

	void start(UserProfile officer, ExemptionEntity exemption, String enterpriseGroup) {
		this.steps.start(officer, ExemptionModel.PROCESS_KEY, exemption.caseNumber(),
				Map.of(ExemptionModel.VAR_DEPARTMENT_CODE, exemption.departmentCode(), ExemptionModel.VAR_OFFICER,
						exemption.officer(), ExemptionModel.VAR_SECOND_OFFICER, exemption.secondOfficer(),
						ExemptionModel.VAR_ENTERPRISE_GROUP, enterpriseGroup, ExemptionModel.VAR_OUTCOME,
						exemption.outcome()));
	}

	/** The open step of the case that the person may work on now. */
	OpenStep step(UserProfile user, ExemptionEntity exemption, String taskKey) {
		return this.steps.stepFor(user, ExemptionModel.PROCESS_KEY, exemption.caseNumber(), taskKey, null);
	}

	List<OpenStep> open(String caseNumber, String taskKey) {
		return this.steps.open(ExemptionModel.PROCESS_KEY, caseNumber, taskKey);
	}

	void complete(UserProfile user, OpenStep step, StepDecision decision) {
		this.steps.complete(user, step, decision);
	}

}
