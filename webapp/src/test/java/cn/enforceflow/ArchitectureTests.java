package cn.enforceflow;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * One workflow layer (ADR 0011): the engine's task and runtime services are used by the
 * workflow layer and by each process's one adapter ({@code *Process}) only — no
 * controller, service or other capability talks to them.
 */
class ArchitectureTests {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.enforceflow");

	@Test
	void onlyTheWorkflowLayerAndTheProcessAdaptersUseTheEngineTaskAndRuntimeServices() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("cn.enforceflow.workflow..")
			.and()
			.haveSimpleNameNotEndingWith("Process")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
			.because("a workflow's steps go through cn.enforceflow.workflow.WorkflowSteps (ADR 0011)");
		assertNoViolation(rule);
	}

	@Test
	void processAdaptersArePrivateToTheirCapability() {
		ArchRule rule = classes().that()
			.haveSimpleNameEndingWith("Process")
			.and()
			.resideInAPackage("cn.enforceflow..")
			.and()
			.areTopLevelClasses()
			.should()
			.resideInAPackage("..internal..")
			.andShould()
			.notBePublic()
			.because("a process adapter is its capability's own door to the engine (ADR 0011)");
		assertNoViolation(rule);
	}

	/**
	 * The rule holds for the application; a violation fails with ArchUnit's report of
	 * each one.
	 */
	private static void assertNoViolation(ArchRule rule) {
		EvaluationResult result = rule.evaluate(APPLICATION);
		assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
	}

}
