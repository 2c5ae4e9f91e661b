package cn.enforceflow.deadline.internal;

import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.processes.DeadlineModel;
import org.springframework.stereotype.Component;

/**
 * The deadline policies as the models read them:
 * {@code ${deadlines.due('invitation.accept')}} is {@code P2WD},
 * {@code ${deadlines.reminder('invitation.accept')}} is {@code P2WD@09:00}. The engine's
 * business calendar resolves the notation.
 * <p>
 * Public because the engine's expression language calls it.
 */
@Component(DeadlineModel.POLICIES_BEAN)
public class DeadlineExpressions {

	private final DeadlinePolicies policies;

	DeadlineExpressions(DeadlinePolicies policies) {
		this.policies = policies;
	}

	public String due(String policy) {
		return this.policies.policy(policy).due().toString();
	}

	public String reminder(String policy) {
		return this.policies.policy(policy).reminder().toString();
	}

}
