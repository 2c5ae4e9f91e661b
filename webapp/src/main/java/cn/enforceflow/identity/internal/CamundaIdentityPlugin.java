package cn.enforceflow.identity.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Makes the engine read users and groups from the user accounts through
 * {@link CamundaIdentityProvider} instead of its own {@code ACT_ID_*} tables, which stay
 * empty. The Camunda Keycloak plugin takes this place when Keycloak is the identity
 * provider (profile {@code keycloak}, {@link KeycloakSignIn}).
 */
@Component
@Profile("!keycloak")
class CamundaIdentityPlugin extends AbstractProcessEnginePlugin {

	private final CamundaIdentityProvider provider;

	CamundaIdentityPlugin(CamundaIdentityProvider provider) {
		this.provider = provider;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return ReadOnlyIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return CamundaIdentityPlugin.this.provider;
			}

		});
	}

}
