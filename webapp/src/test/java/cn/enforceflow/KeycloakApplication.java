package cn.enforceflow;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with profile {@code keycloak}, signed in through the
 * {@link RealKeycloak} of this run and configured as production is: through the
 * {@code ENFORCEFLOW_KEYCLOAK_*} variables. The classes that extend it share one context
 * (and one engine of their own, next to the default tests' one on the same database).
 */
@Tag("keycloak")
@SpringBootTest(classes = EnforceFlowApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=keycloak",
				// a second context beside the default one, on the same database: a small
				// pool
				"spring.datasource.hikari.maximum-pool-size=5" })
@ActiveProfiles(resolver = KeycloakApplication.WithKeycloak.class)
public abstract class KeycloakApplication {

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		RealKeycloak keycloak = RealKeycloak.shared();
		registry.add("ENFORCEFLOW_KEYCLOAK_URL", keycloak::url);
		registry.add("ENFORCEFLOW_KEYCLOAK_CLIENT_SECRET", () -> keycloak.secretOf(RealKeycloak.APP_CLIENT));
		registry.add("ENFORCEFLOW_KEYCLOAK_IDENTITY_CLIENT_SECRET",
				() -> keycloak.secretOf(RealKeycloak.IDENTITY_CLIENT));
	}

	@BeforeEach
	void allowThisApplication() {
		keycloak().allowApplication(baseUrl());
	}

	protected RealKeycloak keycloak() {
		return RealKeycloak.shared();
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** The profiles of the run (H2 or MySQL, demo data) and {@code keycloak}. */
	public static class WithKeycloak implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			List<String> profiles = new ArrayList<>(
					List.of(System.getProperty("spring.profiles.active", "demo").split(",")));
			profiles.add("keycloak");
			return profiles.toArray(String[]::new);
		}

	}

}
