package cn.enforceflow.identity.internal;

import java.util.List;

import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * A tenant query that finds nothing: EnforceFlow runs without tenants.
 */
class CamundaTenantQuery extends TenantQueryImpl {

	private static final long serialVersionUID = 1L;

	CamundaTenantQuery() {
	}

	CamundaTenantQuery(CommandExecutor commandExecutor) {
		super(commandExecutor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return 0;
	}

	@Override
	public List<Tenant> executeList(CommandContext commandContext, Page page) {
		return List.of();
	}

}
