package cn.enforceflow.exemption;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.TestClock;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exemption API as its users call it from a test: the demo users and people made for
 * the test, HTTP Basic, JSON in and out. Each test's cases concern an enterprise of its
 * own, so that one test's violations never count as another's earlier ones.
 */
abstract class ExemptionApiClient {

	/** 外协单位从业人员上岗培训未如实记录 (应急管理局, 不予处罚清单, 24 months). */
	static final String MATTER = "YJ-SW-001";

	@Autowired
	Organizations organizations;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void backToNow() {
		TestClock.reset();
	}

	/** A new enterprise with one person acting for it; returns the credit code. */
	String enterprise() {
		String first17 = "9132089" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
		CreditCode code = new CreditCode(first17 + CreditCode.checkCharacterOf(first17));
		this.organizations.registerEnterprise(new Enterprise(code, "淮安市测试" + first17.substring(12) + "有限公司", "周某",
				"江苏省淮安市清江浦区测试路1号", "制造业", "0517-80000000"));
		this.users.register(new NewUser(userOf(code.value()), "企业经办人", "demo", Set.of(Role.ENTERPRISE),
				Optional.empty(), Optional.of(code), Optional.empty(), Optional.empty()));
		return code.value();
	}

	/** The person acting for an enterprise made by {@link #enterprise()}. */
	static String userOf(String creditCode) {
		return "ent" + creditCode.substring(7, 17);
	}

	/** A person of 应急管理局 with the roles, certified where they are an officer. */
	String colleague(Role... roles) {
		String username = "yjj" + Math.abs(System.nanoTime() % 10_000_000);
		Set<Role> all = Set.of(roles);
		this.users
			.register(new NewUser(username, "孙双岗", "demo", all, Optional.of(DepartmentCode.of("YJJ")), Optional.empty(),
					all.contains(Role.OFFICER)
							? Optional.of(new EnforcementCertificate("32080020268888", today().plusYears(1)))
							: Optional.empty(),
					Optional.empty()));
		return username;
	}

	Map<String, Object> violation(String creditCode, Map<String, ?> changes) {
		Map<String, Object> body = new HashMap<>();
		body.put("creditCode", creditCode);
		body.put("matterCode", MATTER);
		body.put("secondOfficer", "officer2");
		body.put("facts", "外协单位3名从业人员上岗前已接受安全培训，但培训档案未如实记录培训时间和内容。");
		body.put("evidence", "现场检查笔录、培训档案复印件");
		body.put("violationOn", today().minusDays(3).toString());
		body.put("harm", "MINOR");
		body.put("corrected", true);
		body.putAll(changes);
		return body;
	}

	JsonNode register(String officer, Map<String, ?> body) {
		HttpResponse<String> registered = post(officer, "/api/exemptions", body);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		return read(registered);
	}

	HttpResponse<String> action(String username, String caseNumber, String action, Map<String, ?> body) {
		return post(username, "/api/exemptions/" + caseNumber + "/" + action, body);
	}

	String status(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response).get("status").asText();
	}

	HttpResponse<String> post(String username, String path, Map<String, ?> body) {
		return client().apiPost(path, username, "demo", ApiAnswers.write(body));
	}

	JsonNode get(String username, String path) {
		HttpResponse<String> response = client().api(path, username, "demo");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response);
	}

	JsonNode read(HttpResponse<String> response) {
		return ApiAnswers.json(response);
	}

	String detail(HttpResponse<String> problem) {
		return ApiAnswers.detail(problem);
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	SignedInClient client() {
		return new SignedInClient(this.port);
	}

}
