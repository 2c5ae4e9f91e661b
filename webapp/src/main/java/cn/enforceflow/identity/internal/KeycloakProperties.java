package cn.enforceflow.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and how the application and the engine identify themselves to it
 * (profile {@code keycloak}). The secrets have no defaults (application-keycloak.yml).
 *
 * @param url Keycloak as browsers reach it, e.g. {@code https://sso.example.gov.cn}; the
 * tokens' issuer is {@code <url>/realms/<realm>}
 * @param internalUrl Keycloak as this node reaches it (tokens, keys, the admin API); the
 * same as {@code url} unless a private address is shorter
 * @param realm the realm, {@code enforceflow}
 * @param clientId the application's client: pages sign in with it, and API tokens must
 * name it as their audience
 * @param clientSecret its secret
 * @param identityClientId the client the engine reads users and groups with
 * @param identityClientSecret its secret
 */
@ConfigurationProperties("enforceflow.keycloak")
record KeycloakProperties(String url, String internalUrl, String realm, String clientId, String clientSecret,
		String identityClientId, String identityClientSecret) {

	KeycloakProperties {
		require("url", url);
		require("realm", realm);
		require("client-id", clientId);
		require("client-secret", clientSecret);
		require("identity-client-id", identityClientId);
		require("identity-client-secret", identityClientSecret);
		url = strip(url);
		internalUrl = (internalUrl == null || internalUrl.isBlank()) ? url : strip(internalUrl);
	}

	/** The tokens' issuer, as browsers see Keycloak. */
	String issuer() {
		return this.url + "/realms/" + this.realm;
	}

	/** The realm's OpenID Connect endpoints as this node calls them. */
	String internalEndpoint(String path) {
		return this.internalUrl + "/realms/" + this.realm + "/protocol/openid-connect/" + path;
	}

	/** The same as browsers call them (sign-in, sign-out). */
	String publicEndpoint(String path) {
		return issuer() + "/protocol/openid-connect/" + path;
	}

	private static void require(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("enforceflow.keycloak." + name + " must be set (profile keycloak)");
		}
	}

	private static String strip(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
