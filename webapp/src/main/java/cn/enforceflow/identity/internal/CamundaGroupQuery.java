package cn.enforceflow.identity.internal;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * A group query answered by {@link CamundaIdentityProvider}.
 */
class CamundaGroupQuery extends GroupQueryImpl {

	private static final long serialVersionUID = 1L;

	CamundaGroupQuery() {
	}

	CamundaGroupQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return provider(commandContext).findGroups(this, commandContext).size();
	}

	@Override
	public List<Group> executeList(CommandContext commandContext, Page page) {
		// the engine passes no page: listPage() sets first and max results on the query
		return provider(commandContext).findGroups(this, commandContext)
			.stream()
			.skip(getFirstResult())
			.limit(getMaxResults())
			.toList();
	}

	@Override
	public GroupQuery potentialStarter(String procDefId) {
		throw new BadUserRequestException("Potential starter queries are not supported by this identity provider");
	}

	private static CamundaIdentityProvider provider(CommandContext commandContext) {
		return (CamundaIdentityProvider) commandContext.getReadOnlyIdentityProvider();
	}

}
