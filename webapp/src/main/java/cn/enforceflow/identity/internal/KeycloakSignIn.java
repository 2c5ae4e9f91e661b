package cn.enforceflow.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.web.Problems;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in through Keycloak (profile {@code keycloak}, ADR 0009): pages use the OpenID
 * Connect authorization-code flow, the APIs accept Keycloak access tokens whose audience
 * is this application, and the engine reads users and groups from Keycloak through the
 * community plugin. Roles and organisation come from the token's groups
 * ({@link KeycloakIdentity}). Nothing here calls Keycloak at start-up: the endpoints are
 * configured one by one (no discovery), and keys are fetched on first use, so the
 * application starts while Keycloak is down.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakSignIn implements SignInMethod {

	private static final Logger logger = LoggerFactory.getLogger(KeycloakSignIn.class);

	static final String REGISTRATION = "keycloak";

	private final KeycloakProperties keycloak;

	private final Problems problems;

	private final SecurityAudit audit;

	private final KeycloakAccounts accounts;

	private final ClientRegistrationRepository registrations;

	private final LocaleResolver locales;

	private final JwtDecoder tokens;

	KeycloakSignIn(KeycloakProperties keycloak, Problems problems, SecurityAudit audit, UserAccounts userAccounts,
			Organizations organizations, PlatformTransactionManager transactionManager, LocaleResolver locales) {
		this.keycloak = keycloak;
		this.problems = problems;
		this.audit = audit;
		this.locales = locales;
		this.accounts = new KeycloakAccounts(userAccounts, organizations, transactionManager);
		this.registrations = new InMemoryClientRegistrationRepository(registration(keycloak));
		this.tokens = decoder(keycloak);
	}

	@Bean
	ClientRegistrationRepository clientRegistrationRepository() {
		return this.registrations;
	}

	/**
	 * Access tokens of the API: signed by the realm's keys (fetched when the first token
	 * arrives), issued by the realm as browsers see it, and meant for this application.
	 */
	@Bean
	JwtDecoder jwtDecoder() {
		// the one the API's filter uses: one cache of the realm's keys, not two
		return this.tokens;
	}

	/**
	 * The engine's users and groups from Keycloak: user ids are usernames, group ids the
	 * group names ({@code YJJ.OFFICER}), the same the tasks' candidate groups use. No
	 * administrator group is configured, because the plugin would look it up at start-up.
	 */
	@Bean
	KeycloakIdentityProviderPlugin keycloakIdentityProviderPlugin() {
		KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
		plugin.setKeycloakIssuerUrl(this.keycloak.internalUrl() + "/realms/" + this.keycloak.realm());
		plugin.setKeycloakAdminUrl(this.keycloak.internalUrl() + "/admin/realms/" + this.keycloak.realm());
		plugin.setClientId(this.keycloak.identityClientId());
		plugin.setClientSecret(this.keycloak.identityClientSecret());
		plugin.setUseUsernameAsCamundaUserId(true);
		plugin.setUseGroupPathAsCamundaGroupId(true);
		// the engine's own authorization checks are off; the application decides
		plugin.setAuthorizationCheckEnabled(false);
		plugin.setCacheEnabled(true);
		plugin.setCacheExpirationTimeoutMin(1);
		return plugin;
	}

	@Override
	public void api(HttpSecurity http, String realm) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.bearer");
		};
		// Keycloak's keys out of reach is our outage, not a bad token: 503, not 401, and
		// not the filter's default of rethrowing (a 500)
		AuthenticationFailureHandler failed = (request, response, ex) -> {
			if (ex instanceof AuthenticationServiceException) {
				logger.warn("Cannot check an access token: {}", ex.getMessage());
				response.setHeader(HttpHeaders.RETRY_AFTER, "30");
				this.problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable.keycloak");
			}
			else {
				unauthorized.commence(request, response, ex);
			}
		};
		http.oauth2ResourceServer((resourceServer) -> resourceServer
			.jwt((jwt) -> jwt.decoder(this.tokens).jwtAuthenticationConverter(tokenConverter()))
			.authenticationEntryPoint(unauthorized)
			.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {

				@Override
				public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
					filter.setAuthenticationFailureHandler(failed);
					return filter;
				}

			})).exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthorized));
	}

	/**
	 * Keycloak access tokens only: local passwords open nothing with this profile, so the
	 * document does not offer HTTP Basic.
	 */
	@Override
	public SecurityScheme apiCredentials() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("Keycloak 访问令牌（受众 " + this.keycloak.clientId() + "），由 " + this.keycloak.publicEndpoint("token")
					+ " 签发");
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler signOut = new OidcClientInitiatedLogoutSuccessHandler(
				this.registrations);
		signOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(this.registrations)
			.authorizationEndpoint((authorization) -> authorization.authorizationRequestResolver(inOurLanguage()))
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcUserService()))
			.failureHandler(pageFailure()))
			// straight to Keycloak's sign-in page; /login remains for errors and sign-out
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
					new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION)))
			.logout((logout) -> logout.logoutSuccessHandler(signOut));
	}

	@Override
	public String formTargets() {
		java.net.URI url = java.net.URI.create(this.keycloak.url());
		return url.getScheme() + "://" + url.getRawAuthority();
	}

	/**
	 * Keycloak's sign-in page in the language of ours (Chinese unless the person chose
	 * English), not in the browser's, which is often English on government desks.
	 */
	private OAuth2AuthorizationRequestResolver inOurLanguage() {
		DefaultOAuth2AuthorizationRequestResolver standard = new DefaultOAuth2AuthorizationRequestResolver(
				this.registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return inLanguageOf(request, standard.resolve(request));
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				return inLanguageOf(request, standard.resolve(request, registrationId));
			}

		};
	}

	private OAuth2AuthorizationRequest inLanguageOf(HttpServletRequest request, OAuth2AuthorizationRequest standard) {
		if (standard == null) {
			return null;
		}
		String language = "en".equals(this.locales.resolveLocale(request).getLanguage()) ? "en" : "zh-Hans";
		return OAuth2AuthorizationRequest.from(standard)
			.additionalParameters((parameters) -> parameters.put("ui_locales", language))
			.build();
	}

	private Converter<Jwt, AbstractAuthenticationToken> tokenConverter() {
		return (jwt) -> {
			KeycloakIdentity identity;
			try {
				identity = KeycloakIdentity.of(jwt.getClaims());
			}
			catch (KeycloakIdentity.InvalidIdentityException ex) {
				throw new InvalidBearerTokenException(ex.getMessage());
			}
			this.accounts.synchronize(identity);
			return new JwtAuthenticationToken(jwt, authorities(identity.roles()), identity.username());
		};
	}

	private OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		OidcUserService standard = new OidcUserService();
		return (request) -> {
			OidcUser user = standard.loadUser(request);
			KeycloakIdentity identity;
			try {
				identity = KeycloakIdentity.of(user.getClaims());
			}
			catch (KeycloakIdentity.InvalidIdentityException ex) {
				throw new OAuth2AuthenticationException(new OAuth2Error("invalid_identity", ex.getMessage(), null), ex);
			}
			this.accounts.synchronize(identity);
			return new DefaultOidcUser(authorities(identity.roles()), user.getIdToken(), user.getUserInfo(),
					KeycloakIdentity.USERNAME);
		};
	}

	private AuthenticationFailureHandler pageFailure() {
		return (request, response, ex) -> {
			this.audit.signInFailed(null, request.getRemoteAddr(), "keycloak");
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	private static List<GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream()
			.sorted()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	private static JwtDecoder decoder(KeycloakProperties keycloak) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.internalEndpoint("certs")).build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
						new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
								(audience) -> audience != null && audience.contains(keycloak.clientId()))));
		return decoder;
	}

	private static ClientRegistration registration(KeycloakProperties keycloak) {
		return ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(keycloak.clientId())
			.clientSecret(keycloak.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			// browsers go to the public address, this node to the internal one
			.authorizationUri(keycloak.publicEndpoint("auth"))
			.tokenUri(keycloak.internalEndpoint("token"))
			.jwkSetUri(keycloak.internalEndpoint("certs"))
			.userInfoUri(keycloak.internalEndpoint("userinfo"))
			.userNameAttributeName(KeycloakIdentity.USERNAME)
			// checked against every ID token, without discovery at start-up
			.issuerUri(keycloak.issuer())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.publicEndpoint("logout")))
			.clientName("Keycloak")
			.build();
	}

}
