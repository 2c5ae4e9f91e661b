package cn.enforceflow.inbox.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The name of each deployed process model, e.g. 邀约式执法检查. A deployed definition never
 * changes, so its name is asked of the engine once.
 */
@Component
class ProcessNames {

	private final RepositoryService repository;

	private final Map<String, String> byDefinition = new ConcurrentHashMap<>();

	ProcessNames(RepositoryService repository) {
		this.repository = repository;
	}

	/** The model's name, or its key when it has none or is no longer deployed. */
	String nameOf(String processDefinitionId, String processKey) {
		if (processDefinitionId == null) {
			return processKey;
		}
		return this.byDefinition.computeIfAbsent(processDefinitionId, (id) -> {
			try {
				String name = this.repository.getProcessDefinition(id).getName();
				return (name != null) ? name : processKey;
			}
			catch (NotFoundException ex) {
				return processKey;
			}
		});
	}

}
