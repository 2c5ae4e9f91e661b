package cn.enforceflow.platform;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import cn.enforceflow.FullApplication;
import cn.enforceflow.platform.engine.DeployedModels;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

@FullApplication
class DeployedModelsTests {

	@Autowired
	DeployedModels models;

	@Test
	void deploysExactlyTheModelsOfTheProcessesJar() throws Exception {
		assertThat(this.models.processes()).extracting(DeployedModels.Model::key)
			.containsExactlyInAnyOrder("invitation", "exemption");
		assertThat(this.models.decisions()).extracting(DeployedModels.Model::key)
			.containsExactly("exemptionAssessment");
		assertThat(this.models.processes()).extracting(DeployedModels.Model::key)
			.containsExactlyInAnyOrderElementsOf(processKeysOnTheClasspath());
	}

	@Test
	void theInvitationModelComesFromTheProcessesJar() throws Exception {
		assertThat(this.models.processes()).filteredOn((m) -> m.key().equals("invitation"))
			.singleElement()
			.satisfies((m) -> assertThat(m.resource()).isEqualTo("invitation.bpmn"));
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:models/invitation.bpmn");
		assertThat(found).singleElement()
			.satisfies((r) -> assertThat(r.getURL().toString()).containsAnyOf("enforceflow-processes", "/processes/"));
	}

	private static Set<String> processKeysOnTheClasspath() throws Exception {
		Set<String> keys = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:models/**/*.bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				Bpmn.readModelFromStream(in)
					.getModelElementsByType(Process.class)
					.stream()
					.filter(Process::isExecutable)
					.forEach((process) -> keys.add(process.getId()));
			}
		}
		return keys;
	}

}
