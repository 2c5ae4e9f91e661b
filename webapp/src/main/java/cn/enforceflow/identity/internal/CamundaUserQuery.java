package cn.enforceflow.identity.internal;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * A user query answered by {@link CamundaIdentityProvider}.
 */
class CamundaUserQuery extends UserQueryImpl {

	private static final long serialVersionUID = 1L;

	CamundaUserQuery() {
	}

	CamundaUserQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return provider(commandContext).findUsers(this, commandContext).size();
	}

	@Override
	public List<User> executeList(CommandContext commandContext, Page page) {
		// the engine passes no page: listPage() sets first and max results on the query
		return provider(commandContext).findUsers(this, commandContext)
			.stream()
			.skip(getFirstResult())
			.limit(getMaxResults())
			.toList();
	}

	@Override
	public UserQuery potentialStarter(String procDefId) {
		throw new BadUserRequestException("Potential starter queries are not supported by this identity provider");
	}

	private static CamundaIdentityProvider provider(CommandContext commandContext) {
		return (CamundaIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

}
