package cn.enforceflow.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.enforceflow.FullApplication;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.notification.Notice;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets what from every request mapping of the application: one row per mapping (and
 * per path the engine's consoles, REST API, static files and health answer outside Spring
 * MVC), one expected answer per demo user and for somebody not signed in — including an
 * enterprise user of another enterprise (enterprise2) and an officer of another
 * department (officer3). A mapping without a row fails the build: adding an endpoint
 * means deciding here, in one line, who may call it.
 * <p>
 * Answers are written as the status, except that a page's redirect reads
 * {@code 302 /login} (sign in first), {@code 302 done} or {@code 302 refused} (the page
 * it leads to shows an error): page actions always redirect and say how it went there.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final String NOBODY = "(not signed in)";

	/** Everyone the matrix calls, in the order failures are reported. */
	static final List<String> PEOPLE = List.of(NOBODY, "enterprise1", "enterprise2", "dispatcher1", "dispatcher2",
			"officer1", "officer2", "officer3", "legal1", "head1", "supervisor1", "supervisor2", "bureauhead1",
			"inspector1", "admin");

	/** Who takes part in the fixture invitation of 应急管理局, or oversees it. */
	static final String[] CASE_READERS = { "enterprise1", "dispatcher1", "dispatcher2", "supervisor1", "supervisor2",
			"bureauhead1", "admin" };

	private static final DepartmentCode YJJ = DepartmentCode.of("YJJ");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	InboxFixture fixture;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Notifications notifications;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private final Map<String, SignedInClient> clients = new HashMap<>();

	private final List<String> cases = new ArrayList<>();

	private String invitation;

	@BeforeAll
	void matrix() {
		this.invitation = this.fixture.trackingNumber("YY-MX");
		this.cases.add(this.fixture.submit(this.invitation, YJJ).getId());

		// pages
		row("GET /", page("/"), signedIn("200"));
		row("GET /login", page("/login"), signedIn("302 done").and("200", NOBODY));
		row("GET /public/inspection-items", page("/public/inspection-items"), everyone("200"));
		row("GET /notifications", page("/notifications"), signedIn("200"));
		row("POST /notifications/{id}/read", pagePost(() -> "/notifications/" + notificationOf("officer2") + "/read"),
				signedIn("302 done"));
		row("POST /notifications/read-all", pagePost(() -> "/notifications/read-all"), signedIn("302 done"));
		row("GET /tasks", page("/tasks"), signedIn("200"));
		row("GET /tasks/{id}", page(() -> "/tasks/" + offered()), only("200", "404", "dispatcher1", "dispatcher2"));
		row("POST /tasks/{id}/claim", pagePost(() -> "/tasks/" + offered() + "/claim"),
				only("302 done", "302 refused", "dispatcher1", "dispatcher2"));
		row("POST /tasks/{id}/unclaim", pagePost(() -> "/tasks/" + heldByDispatcher1() + "/unclaim"),
				only("302 done", "302 refused", "dispatcher1"));
		row("POST /tasks/{id}/transfer",
				pagePost(() -> "/tasks/" + heldByDispatcher1() + "/transfer", Map.of("to", "dispatcher2")),
				only("302 done", "302 refused", "dispatcher1"));
		row("POST /tasks/{id}/return",
				pagePost(() -> "/tasks/" + proposalOfOfficer1() + "/return", Map.of("reason", "企业要求改期")),
				only("302 done", "302 refused", "officer1"));
		row("POST /tasks/{id}/comment", pagePost(() -> "/tasks/" + offered() + "/comment", Map.of("text", "请尽快受理")),
				only("302 done", "302 refused", "dispatcher1", "dispatcher2"));
		row("GET /cases/{businessKey}", page(() -> "/cases/" + this.invitation), only("200", "404", CASE_READERS));
		row("GET /cases/{businessKey}/diagram", page(() -> "/cases/" + this.invitation + "/diagram"),
				only("200", "404", CASE_READERS));
		row("GET /admin/audit", page("/admin/audit"), admins("200"));
		row("GET /admin/deadlines", page("/admin/deadlines"), admins("200"));
		row("GET /admin/calendar", page("/admin/calendar"), admins("200"));
		// NORMAL on an ordinary day changes nothing
		row("POST /admin/calendar/days",
				pagePost(() -> "/admin/calendar/days", Map.of("date", "2031-01-06", "kind", "NORMAL", "name", "")),
				admins("302 done"));
		// no file: the administrator is let in and told what is missing
		row("POST /admin/calendar/import", pagePost(() -> "/admin/calendar/import?year=2031"), admins("302 refused"));
		row("* /error", page("/error"), signedIn("404"));
		row("GET /v3/api-docs", anything("/v3/api-docs"), signedIn("200"));
		row("GET /v3/api-docs.yaml", anything("/v3/api-docs.yaml"), signedIn("200"));
		row("GET /v3/api-docs/swagger-config", anything("/v3/api-docs/swagger-config"), signedIn("200"));
		row("GET /swagger-ui.html", page("/swagger-ui.html"), signedIn("302 done"));

		// the JSON API
		row("GET /api/me", api("/api/me"), signedIn("200"));
		row("GET /api/departments", api("/api/departments"), signedIn("200"));
		row("GET /api/departments/{code}/inspection-items", api("/api/departments/YJJ/inspection-items"),
				signedIn("200"));
		row("GET /api/notifications", api("/api/notifications"), signedIn("200"));
		row("POST /api/notifications/{id}/read",
				apiPost(() -> "/api/notifications/" + notificationOf("officer2") + "/read", null),
				only("204", "404", "officer2"));
		row("GET /api/tasks", api("/api/tasks"), signedIn("200"));
		row("GET /api/tasks/{id}", api(() -> "/api/tasks/" + offered()),
				only("200", "404", "dispatcher1", "dispatcher2"));
		row("POST /api/tasks/{id}/claim", apiPost(() -> "/api/tasks/" + offered() + "/claim", null),
				only("204", "404", "dispatcher1", "dispatcher2"));
		row("POST /api/tasks/{id}/unclaim", apiPost(() -> "/api/tasks/" + heldByDispatcher1() + "/unclaim", null),
				only("204", "404", "dispatcher1").and("409", "dispatcher2"));
		row("POST /api/tasks/{id}/transfer",
				apiPost(() -> "/api/tasks/" + heldByDispatcher1() + "/transfer", "{\"userId\":\"dispatcher2\"}"),
				only("204", "404", "dispatcher1").and("409", "dispatcher2"));
		row("POST /api/tasks/{id}/return",
				apiPost(() -> "/api/tasks/" + proposalOfOfficer1() + "/return", "{\"reason\":\"企业要求改期\"}"),
				only("204", "404", "officer1").and("409", "officer2"));
		row("POST /api/tasks/{id}/comment",
				apiPost(() -> "/api/tasks/" + offered() + "/comment", "{\"text\":\"请尽快受理\"}"),
				only("204", "404", "dispatcher1", "dispatcher2"));
		row("GET /api/cases/{businessKey}/timeline", api(() -> "/api/cases/" + this.invitation + "/timeline"),
				only("200", "404", CASE_READERS));
		row("GET /api/cases/{businessKey}/diagram", api(() -> "/api/cases/" + this.invitation + "/diagram"),
				only("200", "404", CASE_READERS));
		row("GET /api/audit/verify", api("/api/audit/verify"), admins("200"));
		row("GET /api/audit", api(() -> "/api/audit?caseKey=" + this.invitation),
				only("200", "403", "admin", "supervisor1", "supervisor2"));
		row("GET /api/calendar/add-working-days", api("/api/calendar/add-working-days?date=2026-09-30&days=1"),
				signedIn("200"));
		row("GET /api/calendar/working-days-between",
				api("/api/calendar/working-days-between?from=2026-09-30&to=2026-10-09"), signedIn("200"));
		row("GET /api/calendar/years/{year}", api("/api/calendar/years/2026"), admins("200"));

		// outside Spring MVC: the engine's REST API and consoles, static files, health
		extra("GET /engine-rest/engine", api("/engine-rest/engine"), admins("200"));
		extra("GET /engine-rest/process-definition", api("/engine-rest/process-definition?latestVersion=true"),
				admins("200"));
		extra("GET /camunda/app/cockpit/default/", page("/camunda/app/cockpit/default/"), admins("200"));
		extra("GET /camunda/app/admin/default/", page("/camunda/app/admin/default/"), admins("200"));
		extra("GET /swagger-ui/index.html", page("/swagger-ui/index.html"), signedIn("200"));
		extra("GET /css/app.css", page("/css/app.css"), everyone("200"));
		extra("GET /js/case-diagram.js", page("/js/case-diagram.js"), everyone("200"));
		extra("GET /vendor/bpmn-js/bpmn-navigated-viewer.production.min.js",
				page("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js"), everyone("200"));
		extra("GET /images/favicon.svg", page("/images/favicon.svg"), everyone("200"));
		extra("GET /actuator/health", anything("/actuator/health"), everyone("200"));
		extra("GET /no/such/page", page("/no/such/page"), signedIn("404"));
		extra("GET /api/no/such/thing", api("/api/no/such/thing"), signedIn("404"));

		for (String person : PEOPLE) {
			SignedInClient client = new SignedInClient(this.port);
			if (!person.equals(NOBODY)) {
				assertThat(client.signIn(person, "demo").statusCode()).as(person).isEqualTo(302);
			}
			this.clients.put(person, client);
		}
	}

	@AfterAll
	void removeTheFixtureCases() {
		this.cases.forEach((id) -> {
			if (this.runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
				this.runtime.deleteProcessInstance(id, "authorization matrix over");
			}
		});
	}

	@Test
	void everyRequestMappingHasARow() {
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> mapped.addAll(keys(info)));

		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(this.rows.keySet());
		assertThat(missing)
			.as("request mappings without a row in AuthorizationMatrixTests: decide who may call each, "
					+ "one line per mapping, e.g. row(\"GET /api/things/{id}\", api(...), signedIn(\"200\"))")
			.isEmpty();
		Set<String> stale = new TreeSet<>();
		this.rows.forEach((key, row) -> {
			if (!row.extra() && !mapped.contains(key)) {
				stale.add(key);
			}
		});
		assertThat(stale).as("rows of AuthorizationMatrixTests for mappings that do not exist (any more)").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyoneGetsTheExpectedAnswer() {
		return this.rows.values().stream().map((row) -> DynamicTest.dynamicTest(row.key(), () -> {
			List<String> wrong = new ArrayList<>();
			for (String person : PEOPLE) {
				String expected = row.expected().get(person);
				String actual = row.request().call(this.clients.get(person), person);
				if (!expected.equals(actual)) {
					wrong.add(person + ": expected " + expected + " but was " + actual);
				}
			}
			assertThat(wrong).as(row.key()).isEmpty();
		}));
	}

	// fixtures: a fresh task for every call that changes one

	/** An invitation to 应急管理局 waiting for a dispatcher to accept it. */
	private String offered() {
		String trackingNumber = this.fixture.trackingNumber("YY-MX");
		this.cases.add(this.fixture.submit(trackingNumber, YJJ).getId());
		return this.fixture.task(trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION).getId();
	}

	/** The same, claimed by dispatcher1. */
	private String heldByDispatcher1() {
		String task = offered();
		this.tasks.claim(task, "dispatcher1");
		return task;
	}

	/** Accepted by dispatcher1; officer1, the lead, is to propose a date. */
	private String proposalOfOfficer1() {
		String trackingNumber = this.fixture.trackingNumber("YY-MX");
		this.cases.add(this.fixture.submit(trackingNumber, YJJ).getId());
		this.fixture.accept(trackingNumber, "dispatcher1", "officer1", "officer2");
		return this.fixture.task(trackingNumber, InvitationModel.TASK_PROPOSE_VISIT_DATE).getId();
	}

	private long notificationOf(String username) {
		this.notifications.notify(List.of(username), new Notice("GENERAL", "notification.title", List.of(), null));
		return this.notifications.recent(username, 1).get(0).id();
	}

	// the table

	private void row(String key, Request request, Expected expected) {
		add(key, request, expected, false);
	}

	/** A row for a path outside Spring MVC, which no request mapping lists. */
	private void extra(String key, Request request, Expected expected) {
		add(key, request, expected, true);
	}

	private void add(String key, Request request, Expected expected, boolean extra) {
		assertThat(this.rows).as("rows").doesNotContainKey(key);
		String path = key.substring(key.indexOf(' ') + 1);
		boolean stateless = path.startsWith("/api/") || path.startsWith("/engine-rest/");
		this.rows.put(key, new Row(key, request, expected.resolve(stateless ? "401" : "302 /login"), extra));
	}

	private static List<String> keys(RequestMappingInfo info) {
		Set<String> methods = new TreeSet<>();
		info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
		if (methods.isEmpty()) {
			methods.add("*");
		}
		List<String> keys = new ArrayList<>();
		for (String method : methods) {
			for (String pattern : info.getPatternValues()) {
				keys.add(method + " " + pattern);
			}
		}
		return keys;
	}

	/** Everyone, signed in or not. */
	private static Expected everyone(String answer) {
		return new Expected(answer).and(answer, NOBODY);
	}

	/** Everyone signed in; somebody who is not is asked to sign in. */
	private static Expected signedIn(String answer) {
		return new Expected(answer);
	}

	/** These people get the first answer, everyone else signed in the second. */
	private static Expected only(String answer, String otherwise, String... people) {
		return new Expected(otherwise).and(answer, people);
	}

	private static Expected admins(String answer) {
		return only(answer, "403", "admin");
	}

	private static Request page(String path) {
		return page(() -> path);
	}

	private static Request page(Supplier<String> path) {
		return (client, person) -> outcome(client, client.get(path.get()));
	}

	/** A GET with the session that accepts any type (JSON, YAML). */
	private static Request anything(String path) {
		return (client, person) -> outcome(client, client.get(path, "*/*"));
	}

	private static Request pagePost(Supplier<String> path) {
		return pagePost(path, Map.of());
	}

	private static Request pagePost(Supplier<String> path, Map<String, String> fields) {
		return (client, person) -> outcome(client, client.postForm(path.get(), fields));
	}

	private static Request api(String path) {
		return api(() -> path);
	}

	private static Request api(Supplier<String> path) {
		return (client, person) -> String
			.valueOf(client.api(path.get(), username(person), password(person)).statusCode());
	}

	private static Request apiPost(Supplier<String> path, String json) {
		return (client, person) -> {
			HttpResponse<String> response = (json != null)
					? client.apiPost(path.get(), username(person), password(person), json)
					: client.apiPost(path.get(), username(person), password(person));
			return String.valueOf(response.statusCode());
		};
	}

	private static String username(String person) {
		return person.equals(NOBODY) ? null : person;
	}

	private static String password(String person) {
		return person.equals(NOBODY) ? null : "demo";
	}

	/**
	 * A page's answer: its status, or for a redirect where it leads — the sign-in page,
	 * or a page that shows an error or not.
	 */
	private static String outcome(SignedInClient client, HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			return String.valueOf(response.statusCode());
		}
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		if ("/login".equals(location.getPath())) {
			return "302 /login";
		}
		String next = location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
		return client.get(next).body().contains("alert-error") ? "302 refused" : "302 done";
	}

	@FunctionalInterface
	interface Request {

		String call(SignedInClient client, String person);

	}

	record Row(String key, Request request, Map<String, String> expected, boolean extra) {

	}

	/** The answer of each person, with a default for everyone not named. */
	static final class Expected {

		private final String otherwise;

		private final Map<String, String> answers = new HashMap<>();

		Expected(String otherwise) {
			this.otherwise = otherwise;
		}

		Expected and(String answer, String... people) {
			for (String person : people) {
				assertThat(PEOPLE).as("a demo user").contains(person);
				this.answers.put(person, answer);
			}
			return this;
		}

		Map<String, String> resolve(String notSignedIn) {
			Map<String, String> all = new LinkedHashMap<>();
			for (String person : PEOPLE) {
				all.put(person,
						this.answers.getOrDefault(person, person.equals(NOBODY) ? notSignedIn : this.otherwise));
			}
			return all;
		}

	}

}
