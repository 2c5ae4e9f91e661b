package cn.enforceflow;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(EnforceFlowApplication.class);

	@Test
	void capabilitiesOnlyUseEachOthersApis() {
		this.modules.verify();
	}

	@Test
	void everyCapabilityIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("organization",
				"catalog", "identity", "home", "demo", "platform", "calendar", "deadline", "audit", "taskform",
				"documents", "workflow", "inbox", "invitation", "notification", "imports");
	}

	@Test
	void writesModuleDocumentation() {
		Path output = Path.of("target", "spring-modulith-docs");
		Documenter documenter = new Documenter(this.modules,
				Documenter.Options.defaults().withOutputFolder(output.toString()));
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();

		assertThat(output.resolve("components.puml")).isRegularFile();
	}

}
