package cn.enforceflow.processes.exemption;

import static cn.enforceflow.processes.exemption.ExemptionModel.DECISION_KEY;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_CORRECTED;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_CORRECTED_IN_TIME;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_CORRECTION_ORDERED;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_DAYS_ELAPSED;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_HARM;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_LIMITATION_DAYS;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_LIST;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_PRIOR_VIOLATIONS;
import static cn.enforceflow.processes.exemption.ExemptionModel.IN_SAFETY_BOTTOM_LINE;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_CORRECTION_NEEDED;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_ELIGIBLE;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_INELIGIBLE;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUTCOME_TIME_BARRED;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUT_BAND;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUT_OUTCOME;
import static cn.enforceflow.processes.exemption.ExemptionModel.OUT_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import cn.enforceflow.processes.exemption.ExemptionModel.Band;
import cn.enforceflow.processes.exemption.ExemptionModel.Reason;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 首违不罚 assessment, evaluated through the engine's {@code DecisionService} as the
 * application evaluates it: one test per rule row, each asserting the row that matched
 * (from the decision's history) and what it answered; then the boundaries, and that every
 * combination of valid facts is decided by a rule of the law rather than the catch-all.
 */
@Deployment(resources = ExemptionModel.DECISION_RESOURCE)
class ExemptionAssessmentTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().ensureCleanAfterTest(true).build();

	private static final int TWO_YEARS = 730;

	private static final String[] LISTS = { "NO_PENALTY", "MITIGATED", "LIGHTER", "HEAVIER", "NONE" };

	private static final String[] HARMS = { "NONE", "MINOR", "SERIOUS" };

	/**
	 * A first, minor violation of a matter on the 不予处罚 list, found a month after it
	 * ended, not yet corrected and no correction ordered.
	 */
	private static Map<String, Object> facts() {
		Map<String, Object> facts = new HashMap<>();
		facts.put(IN_LIST, "NO_PENALTY");
		facts.put(IN_SAFETY_BOTTOM_LINE, false);
		facts.put(IN_PRIOR_VIOLATIONS, 0);
		facts.put(IN_HARM, "MINOR");
		facts.put(IN_CORRECTED, false);
		facts.put(IN_CORRECTED_IN_TIME, false);
		facts.put(IN_CORRECTION_ORDERED, false);
		facts.put(IN_DAYS_ELAPSED, 30);
		facts.put(IN_LIMITATION_DAYS, TWO_YEARS);
		return facts;
	}

	private static UnaryOperator<Map<String, Object>> with(Object... namesAndValues) {
		return (facts) -> {
			for (int i = 0; i < namesAndValues.length; i += 2) {
				facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
			return facts;
		};
	}

	private static final Object[] CORRECTED_IN_TIME = { IN_CORRECTED, true, IN_CORRECTED_IN_TIME, true,
			IN_CORRECTION_ORDERED, true };

	private static final Object[] CORRECTED_LATE = { IN_CORRECTED, true, IN_CORRECTED_IN_TIME, false,
			IN_CORRECTION_ORDERED, true };

	private static final Object[] ORDERED_NOT_CORRECTED = { IN_CORRECTED, false, IN_CORRECTED_IN_TIME, false,
			IN_CORRECTION_ORDERED, true };

	private static Object[] and(Object[] first, Object... more) {
		List<Object> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(more));
		return all.toArray();
	}

	/** One case per rule row, in the table's order. */
	static Stream<Named<Row>> rows() {
		return Stream.of(
				row("Rule_TimeBarred", with(IN_DAYS_ELAPSED, TWO_YEARS + 1, IN_HARM, "SERIOUS", IN_LIST, "HEAVIER"),
						OUTCOME_TIME_BARRED, null, Reason.LIMITATION_EXPIRED),
				row("Rule_SeriousHarmHeavier", with(IN_HARM, "SERIOUS", IN_LIST, "HEAVIER"), OUTCOME_INELIGIBLE,
						Band.HEAVIER, Reason.SERIOUS_HARM),
				row("Rule_SeriousHarmMitigated", with(IN_HARM, "SERIOUS", IN_LIST, "MITIGATED"), OUTCOME_INELIGIBLE,
						Band.MITIGATED, Reason.SERIOUS_HARM),
				row("Rule_SeriousHarmLighter", with(IN_HARM, "SERIOUS", IN_LIST, "LIGHTER"), OUTCOME_INELIGIBLE,
						Band.LIGHTER, Reason.SERIOUS_HARM),
				row("Rule_SeriousHarmGeneral", with(and(CORRECTED_IN_TIME, IN_HARM, "SERIOUS")), OUTCOME_INELIGIBLE,
						Band.GENERAL, Reason.SERIOUS_HARM),
				row("Rule_NoHarmToCorrect", with(IN_HARM, "NONE", IN_PRIOR_VIOLATIONS, 2, IN_SAFETY_BOTTOM_LINE, true),
						OUTCOME_CORRECTION_NEEDED, null, Reason.CORRECTION_NEEDED),
				row("Rule_NoHarmCorrected",
						with(and(CORRECTED_IN_TIME, IN_HARM, "NONE", IN_PRIOR_VIOLATIONS, 3, IN_SAFETY_BOTTOM_LINE,
								true)),
						OUTCOME_ELIGIBLE, Band.NO_PENALTY, Reason.NO_HARM_CORRECTED),
				row("Rule_FirstMinorToCorrect", with(), OUTCOME_CORRECTION_NEEDED, null, Reason.CORRECTION_NEEDED),
				row("Rule_FirstMinorCorrected", with(CORRECTED_IN_TIME), OUTCOME_ELIGIBLE, Band.NO_PENALTY,
						Reason.FIRST_MINOR_CORRECTED),
				row("Rule_MinorPriorViolation", with(and(CORRECTED_IN_TIME, IN_PRIOR_VIOLATIONS, 1)),
						OUTCOME_INELIGIBLE, Band.GENERAL, Reason.PRIOR_VIOLATION),
				row("Rule_MinorSafetyBottomLine", with(and(CORRECTED_IN_TIME, IN_SAFETY_BOTTOM_LINE, true)),
						OUTCOME_INELIGIBLE, Band.GENERAL, Reason.SAFETY_BOTTOM_LINE),
				row("Rule_CorrectedLateHeavier", with(and(CORRECTED_LATE, IN_LIST, "HEAVIER")), OUTCOME_INELIGIBLE,
						Band.HEAVIER, Reason.NOT_CORRECTED_IN_TIME),
				row("Rule_CorrectedLateMitigated", with(and(CORRECTED_LATE, IN_LIST, "MITIGATED")), OUTCOME_INELIGIBLE,
						Band.MITIGATED, Reason.NOT_CORRECTED_IN_TIME),
				row("Rule_CorrectedLateLighter", with(and(CORRECTED_LATE, IN_LIST, "LIGHTER")), OUTCOME_INELIGIBLE,
						Band.LIGHTER, Reason.NOT_CORRECTED_IN_TIME),
				row("Rule_CorrectedLateGeneral", with(and(CORRECTED_LATE, IN_HARM, "NONE")), OUTCOME_INELIGIBLE,
						Band.GENERAL, Reason.NOT_CORRECTED_IN_TIME),
				row("Rule_NotCorrectedHeavier", with(and(ORDERED_NOT_CORRECTED, IN_LIST, "HEAVIER")),
						OUTCOME_INELIGIBLE, Band.HEAVIER, Reason.NOT_CORRECTED),
				row("Rule_NotCorrectedMitigated", with(and(ORDERED_NOT_CORRECTED, IN_LIST, "MITIGATED")),
						OUTCOME_INELIGIBLE, Band.MITIGATED, Reason.NOT_CORRECTED),
				row("Rule_NotCorrectedLighter", with(and(ORDERED_NOT_CORRECTED, IN_LIST, "LIGHTER")),
						OUTCOME_INELIGIBLE, Band.LIGHTER, Reason.NOT_CORRECTED),
				row("Rule_NotCorrectedGeneral", with(ORDERED_NOT_CORRECTED), OUTCOME_INELIGIBLE, Band.GENERAL,
						Reason.NOT_CORRECTED),
				row("Rule_OnMitigatedList", with(IN_LIST, "MITIGATED"), OUTCOME_INELIGIBLE, Band.MITIGATED,
						Reason.ON_MITIGATED_LIST),
				row("Rule_OnLighterList", with(and(CORRECTED_IN_TIME, IN_LIST, "LIGHTER")), OUTCOME_INELIGIBLE,
						Band.LIGHTER, Reason.ON_LIGHTER_LIST),
				row("Rule_OnHeavierList", with(IN_LIST, "HEAVIER", IN_HARM, "NONE"), OUTCOME_INELIGIBLE, Band.HEAVIER,
						Reason.ON_HEAVIER_LIST),
				row("Rule_NotOnList", with(and(CORRECTED_IN_TIME, IN_LIST, "NONE")), OUTCOME_INELIGIBLE, Band.GENERAL,
						Reason.NOT_ON_LIST),
				row("Rule_IncompleteFacts", with(IN_HARM, null), OUTCOME_INELIGIBLE, Band.GENERAL,
						Reason.INCOMPLETE_FACTS));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void eachRowDecidesWhatItSays(Row row) {
		Map<String, Object> facts = row.facts().apply(facts());

		Map<String, Object> answer = evaluate(facts);

		assertThat(matchedRule()).isEqualTo(row.rule());
		assertThat(answer.get(OUT_OUTCOME)).as("outcome").isEqualTo(row.outcome());
		assertThat(answer.get(OUT_BAND)).as("band").isEqualTo((row.band() != null) ? row.band().name() : null);
		assertThat(answer.get(OUT_REASON)).as("reason").isEqualTo(row.reason().name());
	}

	/** The cases above name every row of the table, in its order, and no other. */
	@Test
	void everyRowHasItsCase() {
		assertThat(rows().map((named) -> named.getPayload().rule()).toList())
			.containsExactlyElementsOf(table().getRules().stream().map(Rule::getId).toList());
	}

	@Test
	void tableTakesTheFirstMatchingRowAndEveryRowSaysWhyInChinese() {
		DecisionTable table = table();

		assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
		assertThat(table.getRules())
			.allSatisfy((rule) -> assertThat(rule.getDescription()).as("description of %s", rule.getId())
				.isNotNull()
				.extracting(Description::getTextContent)
				.asString()
				.containsPattern("\\p{IsHan}"));
	}

	/** The limitation period's last day is still within it; the day after is not. */
	@Test
	void violationFoundOnTheLastDayOfTheLimitationPeriodIsNotTimeBarred() {
		Map<String, Object> lastDay = with(and(CORRECTED_IN_TIME, IN_DAYS_ELAPSED, TWO_YEARS)).apply(facts());
		Map<String, Object> dayAfter = with(and(CORRECTED_IN_TIME, IN_DAYS_ELAPSED, TWO_YEARS + 1)).apply(facts());

		assertThat(evaluate(lastDay)).containsEntry(OUT_OUTCOME, OUTCOME_ELIGIBLE)
			.containsEntry(OUT_REASON, Reason.FIRST_MINOR_CORRECTED.name());
		assertThat(evaluate(dayAfter)).containsEntry(OUT_OUTCOME, OUTCOME_TIME_BARRED)
			.containsEntry(OUT_REASON, Reason.LIMITATION_EXPIRED.name());
	}

	/**
	 * Five years for life, health or financial safety: the matter's period is what
	 * counts.
	 */
	@Test
	void longerLimitationPeriodOfTheMatterIsHonoured() {
		Map<String, Object> facts = with(and(CORRECTED_IN_TIME, IN_DAYS_ELAPSED, 1000, IN_LIMITATION_DAYS, 1826))
			.apply(facts());

		assertThat(evaluate(facts)).containsEntry(OUT_OUTCOME, OUTCOME_ELIGIBLE);
	}

	/** One earlier established violation is enough to make it not a first violation. */
	@Test
	void firstViolationMeansNoEarlierOneAndOneEarlierIsEnoughToLoseIt() {
		Map<String, Object> none = with(and(CORRECTED_IN_TIME, IN_PRIOR_VIOLATIONS, 0)).apply(facts());
		Map<String, Object> one = with(and(CORRECTED_IN_TIME, IN_PRIOR_VIOLATIONS, 1)).apply(facts());

		assertThat(evaluate(none)).containsEntry(OUT_OUTCOME, OUTCOME_ELIGIBLE)
			.containsEntry(OUT_REASON, Reason.FIRST_MINOR_CORRECTED.name());
		assertThat(evaluate(one)).containsEntry(OUT_OUTCOME, OUTCOME_INELIGIBLE)
			.containsEntry(OUT_BAND, Band.GENERAL.name())
			.containsEntry(OUT_REASON, Reason.PRIOR_VIOLATION.name());
	}

	/**
	 * Every combination of valid facts — each list, each harm, a first violation or not,
	 * the safety flag, each state of the correction, within the limitation period (the
	 * row before all others is tested above) — is decided by a rule of the law, never by
	 * the catch-all; and only the two rules of 第三十三条 make a case eligible. Evaluated by a
	 * DMN engine of its own with the engine's defaults and no history: 480 evaluations
	 * with history take long.
	 */
	@Test
	void everyCombinationOfValidFactsIsDecidedByARuleOfTheLaw() {
		DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		DmnDecision decision;
		try (InputStream model = getClass().getClassLoader().getResourceAsStream(ExemptionModel.DECISION_RESOURCE)) {
			decision = dmnEngine.parseDecision(DECISION_KEY, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> reasons = new HashSet<>();
		int combinations = 0;
		for (Map<String, Object> facts : validCombinations()) {
			DmnDecisionResult result = dmnEngine.evaluateDecision(decision, facts);
			assertThat(result).as("result for %s", facts).hasSize(1);
			Map<String, Object> answer = result.getSingleResult().getEntryMap();
			combinations++;
			String reason = (String) answer.get(OUT_REASON);
			assertThat(reason).as("reason for %s", facts).isNotNull().isNotEqualTo(Reason.INCOMPLETE_FACTS.name());
			if (OUTCOME_ELIGIBLE.equals(answer.get(OUT_OUTCOME))) {
				assertThat(facts).as("eligible").containsEntry(IN_LIST, "NO_PENALTY");
				assertThat(reason).isIn(Reason.NO_HARM_CORRECTED.name(), Reason.FIRST_MINOR_CORRECTED.name());
			}
			reasons.add(reason);
		}
		assertThat(combinations).isEqualTo(5 * 3 * 2 * 2 * 2 * 2 * 2);
		assertThat(reasons).as("reasons given")
			.hasSize(Reason.values().length - 2)
			.doesNotContain(Reason.LIMITATION_EXPIRED.name());
	}

	private static Collection<Map<String, Object>> validCombinations() {
		List<Map<String, Object>> all = new ArrayList<>();
		for (String list : LISTS) {
			for (String harm : HARMS) {
				for (int prior : new int[] { 0, 1 }) {
					for (boolean safety : new boolean[] { false, true }) {
						for (boolean corrected : new boolean[] { false, true }) {
							for (boolean inTime : new boolean[] { false, true }) {
								for (boolean ordered : new boolean[] { false, true }) {
									all.add(with(IN_LIST, list, IN_HARM, harm, IN_PRIOR_VIOLATIONS, prior,
											IN_SAFETY_BOTTOM_LINE, safety, IN_CORRECTED, corrected,
											IN_CORRECTED_IN_TIME, inTime, IN_CORRECTION_ORDERED, ordered,
											IN_DAYS_ELAPSED, TWO_YEARS)
										.apply(facts()));
								}
							}
						}
					}
				}
			}
		}
		return all;
	}

	private static Map<String, Object> evaluate(Map<String, Object> facts) {
		DmnDecisionResult result = engine.getDecisionService()
			.evaluateDecisionByKey(DECISION_KEY)
			.variables(facts)
			.evaluate();
		assertThat(result).as("result for %s", facts).hasSize(1);
		return result.getSingleResult().getEntryMap();
	}

	/** The id of the row that matched the one evaluation of the test. */
	private static String matchedRule() {
		List<HistoricDecisionInstance> evaluations = engine.getHistoryService()
			.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(DECISION_KEY)
			.includeOutputs()
			.list();
		assertThat(evaluations).hasSize(1);
		return evaluations.get(0)
			.getOutputs()
			.stream()
			.map(HistoricDecisionOutputInstance::getRuleId)
			.distinct()
			.reduce((one, other) -> {
				throw new IllegalStateException("two rules matched: " + one + ", " + other);
			})
			.orElseThrow();
	}

	private static DecisionTable table() {
		DecisionDefinition definition = engine.getRepositoryService()
			.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DECISION_KEY)
			.singleResult();
		DmnModelInstance model = engine.getRepositoryService().getDmnModelInstance(definition.getId());
		return model.getModelElementsByType(DecisionTable.class).iterator().next();
	}

	private static Named<Row> row(String rule, UnaryOperator<Map<String, Object>> facts, String outcome, Band band,
			Reason reason) {
		return Named.of(rule, new Row(rule, facts, outcome, band, reason));
	}

	/** A rule row, facts that reach it, and what it answers. */
	record Row(String rule, UnaryOperator<Map<String, Object>> facts, String outcome, Band band, Reason reason) {
	}

}
