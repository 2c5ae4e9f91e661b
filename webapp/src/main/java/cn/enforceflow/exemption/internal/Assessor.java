package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.catalog.DiscretionList;
import cn.enforceflow.processes.exemption.ExemptionModel;
import org.springframework.stereotype.Component;

/**
 * 要素核查: gathers the facts the assessment decision reads — the matter's list and safety
 * flag, the established earlier violations of the same matter by the same enterprise in
 * the matter's look-back window before this one, the harm, the correction, and the time
 * from the violation to its finding against the limitation period — and asks the
 * decision. The rules themselves are the DMN table's
 * ({@value ExemptionModel#DECISION_RESOURCE}).
 */
@Component
class Assessor {

	private final ExemptionRepository exemptions;

	private final ExemptionProcess process;

	Assessor(ExemptionRepository exemptions, ExemptionProcess process) {
		this.exemptions = exemptions;
		this.process = process;
	}

	AssessmentResult assess(ExemptionEntity exemption) {
		AssessedMatter matter = exemption.matter();
		LocalDate violationOn = exemption.violationOn();
		List<String> priors = this.exemptions
			.established(exemption.enterpriseCreditCode(), matter.code(),
					violationOn.minusMonths(matter.lookBackMonths()), violationOn)
			.stream()
			.filter((prior) -> !prior.caseNumber().equals(exemption.caseNumber()))
			.map(ExemptionEntity::caseNumber)
			.toList();
		Map<String, Object> facts = new HashMap<>();
		facts.put(ExemptionModel.IN_LIST, matter.list().map(DiscretionList::name).orElse("NONE"));
		facts.put(ExemptionModel.IN_SAFETY_BOTTOM_LINE, matter.safetyBottomLine());
		facts.put(ExemptionModel.IN_PRIOR_VIOLATIONS, priors.size());
		facts.put(ExemptionModel.IN_HARM, exemption.harm().name());
		facts.put(ExemptionModel.IN_CORRECTED, exemption.corrected());
		facts.put(ExemptionModel.IN_CORRECTED_IN_TIME, exemption.correctedInTime());
		facts.put(ExemptionModel.IN_CORRECTION_ORDERED, exemption.correctionDeadline() != null);
		facts.put(ExemptionModel.IN_DAYS_ELAPSED, (int) ChronoUnit.DAYS.between(violationOn, exemption.foundOn()));
		facts.put(ExemptionModel.IN_LIMITATION_DAYS,
				(int) ChronoUnit.DAYS.between(violationOn, violationOn.plusMonths(matter.limitationMonths())));
		return this.process.assess(facts, priors);
	}

}
