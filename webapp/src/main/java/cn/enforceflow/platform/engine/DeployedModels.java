package cn.enforceflow.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The latest version of every process and decision model in the engine.
 */
@Service
public class DeployedModels {

	private final RepositoryService repository;

	DeployedModels(RepositoryService repository) {
		this.repository = repository;
	}

	public List<Model> processes() {
		return this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.orderByProcessDefinitionKey()
			.asc()
			.list()
			.stream()
			.map(DeployedModels::of)
			.toList();
	}

	public List<Model> decisions() {
		return this.repository.createDecisionDefinitionQuery()
			.latestVersion()
			.orderByDecisionDefinitionKey()
			.asc()
			.list()
			.stream()
			.map(DeployedModels::of)
			.toList();
	}

	private static Model of(ProcessDefinition definition) {
		return new Model(definition.getKey(), definition.getName(), definition.getVersion(),
				definition.getResourceName());
	}

	private static Model of(DecisionDefinition definition) {
		return new Model(definition.getKey(), definition.getName(), definition.getVersion(),
				definition.getResourceName());
	}

	/** A deployed model: its key, name, version and the resource it came from. */
	public record Model(String key, String name, int version, String resource) {

	}

}
