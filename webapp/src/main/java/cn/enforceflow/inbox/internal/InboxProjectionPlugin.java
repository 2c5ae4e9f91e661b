package cn.enforceflow.inbox.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands the engine's history events to the {@link InboxProjection}, next to the engine's
 * own history writer. The projection needs every task and identity-link event, which the
 * engine raises at history level {@code full} only, so any other level stops the start.
 */
@Component
class InboxProjectionPlugin extends AbstractProcessEnginePlugin {

	private final JdbcTemplate jdbc;

	InboxProjectionPlugin(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.getCustomHistoryEventHandlers().add(new InboxProjection(this.jdbc));
	}

	/**
	 * Checked once the engine has settled its level (it may read it from the database).
	 */
	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getHistoryLevel();
		if (level != HistoryLevel.HISTORY_LEVEL_FULL) {
			throw new IllegalStateException("The inbox needs the engine's history level 'full' (ADR 0006), not "
					+ ((level != null) ? "'" + level.getName() + "'" : "none"));
		}
	}

}
