package cn.enforceflow.identity;

import java.net.http.HttpResponse;
import java.util.List;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer tells the browser (ADR 0009): a Content Security Policy without
 * inline scripts, no framing, HSTS behind TLS only; and a new session at sign-in.
 */
@FullApplication
class WebHardeningTests {

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@LocalServerPort
	int port;

	@Test
	void pagesAndTheApiSendTheContentSecurityPolicyAndRefuseFraming() {
		SignedInClient client = new SignedInClient(this.port);

		HttpResponse<String> page = client.get("/login");
		assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(POLICY);
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		HttpResponse<String> api = client.api("/api/me", "officer1", "demo");
		assertThat(api.headers().allValues("Content-Security-Policy")).containsExactly(POLICY);
		HttpResponse<String> engine = client.api("/engine-rest/engine", "admin", "demo");
		assertThat(engine.headers().allValues("Content-Security-Policy")).containsExactly(POLICY);
	}

	@Test
	void theEngineConsolesKeepTheirOwnPolicyAndSwaggerUiMayStyleInline() {
		SignedInClient admin = new SignedInClient(this.port);
		admin.signIn("admin", "demo");

		List<String> cockpit = admin.get("/camunda/app/cockpit/default/")
			.headers()
			.allValues("Content-Security-Policy");
		assertThat(cockpit).as("Camunda's policy alone").hasSize(1);
		assertThat(cockpit.get(0)).isNotEqualTo(POLICY).contains("script-src");

		List<String> swagger = admin.get("/swagger-ui/index.html").headers().allValues("Content-Security-Policy");
		assertThat(swagger).singleElement()
			.satisfies(
					(policy) -> assertThat(policy).contains("script-src 'self';", "style-src 'self' 'unsafe-inline';"));
	}

	@Test
	void strictTransportSecurityOnlyBehindTls() {
		assertThat(new SignedInClient(this.port).get("/login").headers().firstValue("Strict-Transport-Security"))
			.isEmpty();

		// as the TLS-terminating proxy in front of the nodes says
		HttpResponse<String> secure = new SignedInClient(this.port).header("X-Forwarded-Proto", "https").get("/login");

		assertThat(secure.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void signingInStartsANewSessionSoThatAPlantedOneIsWorthless() {
		SignedInClient victim = new SignedInClient(this.port);
		victim.get("/login");
		String planted = victim.sessionCookie();
		assertThat(planted).as("the sign-in page's session, which carries the CSRF token").isNotNull();

		victim.signIn("officer1", "demo");

		assertThat(victim.sessionCookie()).isNotNull().isNotEqualTo(planted);
		assertThat(victim.get("/").statusCode()).isEqualTo(200);
		SignedInClient attacker = new SignedInClient(this.port).header("Cookie", "SESSION=" + planted);
		assertThat(attacker.get("/").statusCode()).as("the planted session is not signed in").isEqualTo(302);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer1", "demo");

		HttpResponse<String> forged = officer.postRaw("/notifications/read-all", "");

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("无权访问").doesNotContain("Exception");
	}

}
