package cn.enforceflow.identity.internal;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) says how the API is signed in to — HTTP
 * Basic, or Keycloak bearer tokens with profile {@code keycloak} — and that every
 * operation needs it, so that clients generated from it send their credentials.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenApiCustomizer apiCredentials(SignInMethod signIn) {
		SecurityScheme scheme = signIn.apiCredentials();
		String name = scheme.getScheme();
		return (api) -> api.schemaRequirement(name, scheme).addSecurityItem(new SecurityRequirement().addList(name));
	}

}
