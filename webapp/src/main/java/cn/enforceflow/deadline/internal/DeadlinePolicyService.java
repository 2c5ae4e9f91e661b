package cn.enforceflow.deadline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.deadline.DeadlinePolicy;
import cn.enforceflow.deadline.UnknownDeadlinePolicyException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

@Service
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlinePolicyService implements DeadlinePolicies {

	/** {@code <process>.<step>}: safe inside a BPMN expression's quotes. */
	private static final Pattern KEY = Pattern.compile("^[a-z][a-zA-Z0-9-]*(\\.[a-z][a-zA-Z0-9-]*)+$");

	private static final String DESCRIPTION_PREFIX = "deadline.policy.";

	private final Map<String, DeadlinePolicy> policies = new LinkedHashMap<>();

	DeadlinePolicyService(DeadlineProperties properties) {
		properties.policies().forEach((key, policy) -> {
			if (!KEY.matcher(key).matches()) {
				throw new IllegalStateException("enforceflow.deadlines.policies: '" + key
						+ "' is not a policy key of the form <process>.<step>, e.g. invitation.accept");
			}
			String description = (policy.descriptionKey() != null) ? policy.descriptionKey() : DESCRIPTION_PREFIX + key;
			this.policies.put(key,
					new DeadlinePolicy(key, policy.length(), policy.unit(), policy.reminderLead(), description));
		});
	}

	@Override
	public List<DeadlinePolicy> all() {
		return List.copyOf(this.policies.values());
	}

	@Override
	public DeadlinePolicy policy(String key) {
		DeadlinePolicy policy = this.policies.get(key);
		if (policy == null) {
			throw new UnknownDeadlinePolicyException(key, this.policies.keySet());
		}
		return policy;
	}

}
