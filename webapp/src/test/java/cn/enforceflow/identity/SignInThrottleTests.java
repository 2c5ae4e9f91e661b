package cn.enforceflow.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.organization.DepartmentCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is limited (ADR 0009): five failures of an account from one address
 * lock that account there for fifteen minutes, twenty failures from one address lock the
 * address; the person at their own desk is never locked out by someone elsewhere. The
 * addresses are documentation addresses, sent as the proxy in front of the nodes sends
 * them.
 */
@FullApplication
class SignInThrottleTests {

	private static final String ATTACKER = "203.0.113.7";

	private static final String OWNER = "203.0.113.8";

	private static final String SPRAYER = "203.0.113.9";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@AfterEach
	void forgetTheFailures() {
		this.jdbc.update("delete from sign_in_throttle where address like '203.0.113.%'");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAtThatAddressOnly() throws Exception {
		account("throttle.a1");
		SignedInClient attacker = client(ATTACKER);
		for (int i = 1; i <= 4; i++) {
			assertThat(location(attacker.signIn("throttle.a1", "guess" + i))).endsWith("/login?error");
		}
		assertThat(location(attacker.signIn("throttle.a1", "guess5"))).endsWith("/login?error");

		// the right password no longer helps from there, on the page or the API
		assertThat(location(attacker.signIn("throttle.a1", "demo"))).endsWith("/login?locked");
		assertThat(attacker.get("/login?locked").body()).contains("登录失败次数过多，请 15 分钟后再试。");
		HttpResponse<String> api = attacker.api("/api/me", "throttle.a1", "demo");
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After").map(Long::parseLong))
			.hasValueSatisfying((seconds) -> assertThat(seconds).isBetween(1L, 900L));
		JsonNode problem = this.json.readTree(api.body());
		assertThat(problem.get("detail").asText()).startsWith("登录失败次数过多");
		assertThat(problem.get("title").asText()).isEqualTo("请求过多");

		// the owner, elsewhere, signs in as usual
		SignedInClient owner = client(OWNER);
		assertThat(location(owner.signIn("throttle.a1", "demo"))).endsWith("/");

		List<AuditEntry> locks = this.trail.latest(50)
			.stream()
			.filter((entry) -> entry.action().equals("SIGN_IN_LOCKED") && "throttle.a1".equals(entry.subjectId()))
			.toList();
		assertThat(locks).singleElement().satisfies((lock) -> {
			assertThat(lock.subjectType()).isEqualTo("ACCOUNT");
			assertThat(lock.after()).contains("\"address\":\"" + ATTACKER + "\"", "\"failures\":5");
		});
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryAccount() {
		account("throttle.b1");
		SignedInClient sprayer = client(SPRAYER);
		for (int i = 1; i <= 20; i++) {
			sprayer.signIn("nobody" + i, "guess");
		}

		assertThat(location(sprayer.signIn("throttle.b1", "demo"))).endsWith("/login?locked");
		assertThat(sprayer.api("/api/me", "throttle.b1", "demo").statusCode()).isEqualTo(429);
		assertThat(location(client(OWNER).signIn("throttle.b1", "demo"))).endsWith("/");
		assertThat(this.trail.latest(5)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("SIGN_IN_LOCKED");
			assertThat(entry.subjectType()).isEqualTo("ADDRESS");
			assertThat(entry.subjectId()).isEqualTo(SPRAYER);
		});
	}

	@Test
	void usernamesCountWhateverTheirCase() {
		account("throttle.c1");
		SignedInClient attacker = client(ATTACKER);
		for (String variant : List.of("throttle.c1", "THROTTLE.C1", "Throttle.C1", "tHROTTLE.c1", "THROTTLE.c1")) {
			attacker.signIn(variant, "guess");
		}

		assertThat(location(attacker.signIn("throttle.c1", "demo"))).endsWith("/login?locked");
	}

	@Test
	void theRightPasswordForgetsEarlierFailures() {
		account("throttle.d1");
		SignedInClient owner = client(OWNER);
		for (int i = 1; i <= 4; i++) {
			owner.signIn("throttle.d1", "typo" + i);
		}
		assertThat(location(owner.signIn("throttle.d1", "demo"))).endsWith("/");
		SignedInClient again = client(OWNER);
		for (int i = 1; i <= 4; i++) {
			assertThat(location(again.signIn("throttle.d1", "typo" + i))).endsWith("/login?error");
		}

		assertThat(this.jdbc.queryForList(
				"select failures, locked_until from sign_in_throttle where kind = 'ACCOUNT' and username = 'throttle.d1'"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(((Number) row.get("FAILURES")).intValue()).as("counted since the right password")
					.isEqualTo(4);
				assertThat(row.get("LOCKED_UNTIL")).isNull();
			});
	}

	private void account(String username) {
		this.users.register(new NewUser(username, "限流测试", "demo", Set.of(Role.OFFICER),
				Optional.of(DepartmentCode.of("YJJ")), Optional.empty(), Optional.empty(), Optional.empty()));
	}

	private SignedInClient client(String address) {
		return new SignedInClient(this.port).header("X-Forwarded-For", address);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
