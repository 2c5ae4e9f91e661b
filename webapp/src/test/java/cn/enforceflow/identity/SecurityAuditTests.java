package cn.enforceflow.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, sign-out and refusals enter the audit trail: who, from where, what they asked
 * for. API calls that succeed do not (there would be one entry per call).
 */
@FullApplication
class SecurityAuditTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Autowired
	Users users;

	@Test
	void signingInAndOutIsRecordedWithTheAddress() {
		SignedInClient officer = new SignedInClient(this.port).header("X-Forwarded-For", "198.51.100.21");

		officer.signIn("officer2", "demo");
		officer.signOut();

		List<AuditEntry> latest = this.trail.latest(2);
		assertThat(latest).extracting(AuditEntry::action).containsExactly("SIGNED_OUT", "SIGNED_IN");
		assertThat(latest).extracting(AuditEntry::actor).containsOnly("officer2");
		assertThat(latest.get(1).subjectType()).isEqualTo("ACCOUNT");
		assertThat(latest.get(1).after()).contains("\"address\":\"198.51.100.21\"", "\"method\":\"password\"");
	}

	@Test
	void aWrongPasswordIsRecordedAgainstTheAccountTried() {
		SignedInClient stranger = new SignedInClient(this.port).header("X-Forwarded-For", "198.51.100.22");

		stranger.signIn("head1", "guess");

		AuditEntry failed = this.trail.latest(1).get(0);
		assertThat(failed.action()).isEqualTo("SIGN_IN_FAILED");
		assertThat(failed.actor()).isEqualTo("anonymous");
		assertThat(failed.subjectId()).isEqualTo("head1");
		assertThat(failed.after()).contains("198.51.100.22");
	}

	@Test
	void refusedPagesAndApiCallsAreRecordedWithWhoAndWhat() {
		SignedInClient officer = new SignedInClient(this.port);
		officer.signIn("officer1", "demo");

		assertThat(officer.get("/admin/audit").statusCode()).isEqualTo(403);
		AuditEntry page = this.trail.latest(1).get(0);
		assertThat(page.action()).isEqualTo("ACCESS_DENIED");
		assertThat(page.actor()).isEqualTo("officer1");
		assertThat(page.after()).contains("\"method\":\"GET\"", "\"path\":\"/admin/audit\"");

		assertThat(officer.api("/api/audit/verify", "enterprise2", "demo").statusCode()).isEqualTo(403);
		AuditEntry api = this.trail.latest(1).get(0);
		assertThat(api.action()).isEqualTo("ACCESS_DENIED");
		assertThat(api.actor()).isEqualTo("enterprise2");
		assertThat(api.after()).contains("\"path\":\"/api/audit/verify\"");
	}

	@Test
	void successfulApiCallsAddNothing() {
		SignedInClient client = new SignedInClient(this.port);
		client.api("/api/me", "supervisor2", "demo");
		long before = this.trail.latest(1).get(0).seq();

		for (int i = 0; i < 3; i++) {
			assertThat(client.api("/api/me", "supervisor2", "demo").statusCode()).isEqualTo(200);
		}

		assertThat(this.trail.latest(1).get(0).seq()).isEqualTo(before);
	}

	@Test
	void anUnknownAccountIsRecordedAsTypedButHarmless() {
		String typed = "evil\u0000user\u202Ename-with-a-very-long-tail-that-goes-on-and-on-and-on-and-on-and-on";

		new SignedInClient(this.port).header("X-Forwarded-For", "198.51.100.23").signIn(typed, "x");

		AuditEntry failed = this.trail.latest(1).get(0);
		assertThat(failed.action()).isEqualTo("SIGN_IN_FAILED");
		assertThat(failed.subjectId()).startsWith("evil\uFFFDuser").hasSizeLessThanOrEqualTo(64);
		assertThat(this.users.profile(typed)).isEqualTo(Optional.empty());
		assertThat(Set.of(failed.actor())).containsExactly("anonymous");
	}

}
