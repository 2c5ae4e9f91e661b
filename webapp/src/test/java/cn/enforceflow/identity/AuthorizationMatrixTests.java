package cn.enforceflow.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.enforceflow.ApiAnswers;
import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.SignedInClient.FilePart;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.documents.Attachments;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.SampleFiles;
import cn.enforceflow.documents.Upload;
import cn.enforceflow.exemption.ExemptionRegistration;
import cn.enforceflow.exemption.Harm;
import cn.enforceflow.exemption.NewExemption;
import cn.enforceflow.inbox.InboxFixture;
import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InspectionRecords;
import cn.enforceflow.invitation.InvitationAcceptance;
import cn.enforceflow.invitation.InvitationRequests;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.RectificationChecks;
import cn.enforceflow.invitation.RectificationReports;
import cn.enforceflow.invitation.VisitScheduling;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.Verification;
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
import org.springframework.core.io.ByteArrayResource;
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
 * {@code 302 /login} (sign in first; the APIs and the OpenAPI document answer 401),
 * {@code 302 done} or {@code 302 refused} (the page it leads to shows an error): page
 * actions always redirect and say how it went there.
 */
@FullApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final String NOBODY = "(not signed in)";

	/** Everyone the matrix calls, in the order failures are reported. */
	static final List<String> PEOPLE = List.of(NOBODY, "enterprise1", "enterprise2", "dispatcher1", "dispatcher2",
			"officer1", "officer2", "officer3", "legal1", "head1", "supervisor1", "supervisor2", "bureauhead1",
			"inspector1", "admin");

	/**
	 * Who may see a real invitation of enterprise1 to 应急管理局: the enterprise, everyone
	 * working in that department, the justice bureau and administrators.
	 */
	static final String[] INVITATION_READERS = { "enterprise1", "dispatcher1", "dispatcher2", "officer1", "officer2",
			"legal1", "head1", "supervisor1", "supervisor2", "bureauhead1", "admin" };

	/**
	 * Who takes part in that invitation once inspected, and so may add evidence to it.
	 */
	static final String[] INVITATION_PARTICIPANTS = { "enterprise1", "dispatcher1", "dispatcher2", "officer1",
			"officer2" };

	/**
	 * Who does not know that invitation exists: another enterprise, another department,
	 * the commission.
	 */
	static final String[] EXEMPTION_READERS = { "dispatcher1", "dispatcher2", "officer1", "officer2", "legal1", "head1",
			"supervisor1", "supervisor2", "bureauhead1", "admin" };

	static final String[] STRANGERS = { "enterprise2", "officer3", "inspector1" };

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

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationRequests requests;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	VisitScheduling scheduling;

	@Autowired
	InspectionRecords inspections;

	@Autowired
	RectificationReports reports;

	@Autowired
	RectificationChecks checks;

	@Autowired
	Documents documents;

	@Autowired
	Attachments attachments;

	@Autowired
	Users users;

	@Autowired
	ExemptionRegistration exemptions;

	@Autowired
	Clock clock;

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private final Map<String, SignedInClient> clients = new HashMap<>();

	private final List<String> cases = new ArrayList<>();

	/**
	 * Real invitations the matrix submitted, by tracking number, ended when it is over.
	 */
	private final List<String> submitted = new ArrayList<>();

	private String invitation;

	/**
	 * A real invitation of enterprise1, inspected: a hazard to rectify, two documents
	 * served.
	 */
	private String inspected;

	private String document;

	private String evidence;

	private long finding;

	/**
	 * A real first-violation case of enterprise1 at 应急管理局, registered by officer1 and not
	 * yet corrected: nothing has been served on the enterprise.
	 */
	private String exemption;

	@BeforeAll
	void matrix() {
		this.invitation = this.fixture.submit(YJJ);
		this.submitted.add(this.invitation);
		this.inspected = invitationAt(InvitationStatus.RECTIFYING);
		this.document = this.documents.ofCase(profile("enterprise1"), this.inspected).get(0).id();
		this.evidence = draftOfEnterprise1();
		this.finding = this.invitations.find(profile("enterprise1"), this.inspected)
			.findings()
			.stream()
			.filter((f) -> !f.compliant())
			.findFirst()
			.orElseThrow()
			.id();

		this.exemption = this.exemptions
			.register(profile("officer1"),
					new NewExemption("91320804746832153E", "YJ-SW-001", "officer2", "外协人员培训记录缺失。", null,
							today().minusDays(2), null, Harm.MINOR, false, null, null))
			.caseNumber();

		// pages
		row("GET /", page("/"), signedIn("200"));
		row("GET /login", page("/login"), signedIn("302 done").and("200", NOBODY));
		row("GET /public/inspection-items", page("/public/inspection-items"), everyone("200"));
		row("GET /public/decisions", page("/public/decisions"), everyone("200"));
		row("GET /exemptions", page("/exemptions"), signedIn("200"));
		row("GET /exemptions/new", page("/exemptions/new"), only("200", "403", "officer1", "officer2", "officer3"));
		row("POST /exemptions", pagePost(() -> "/exemptions"), only("400", "403", "officer1", "officer2", "officer3"));
		row("GET /exemptions/{caseNumber}", page(() -> "/exemptions/" + this.exemption),
				only("200", "404", EXEMPTION_READERS));
		row("POST /exemptions/{caseNumber}/penalty-decision",
				pagePost(() -> "/exemptions/" + this.exemption + "/penalty-decision"),
				only("302 refused", "404", EXEMPTION_READERS));
		row("POST /exemptions/electronic-service-consent", pagePost(() -> "/exemptions/electronic-service-consent"),
				only("302 done", "302 refused", "enterprise1", "enterprise2"));
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
				pagePost(() -> "/tasks/" + heldByDispatcher1() + "/transfer",
						Map.of("to", "dispatcher2", "reason", "本周外出检查")),
				only("302 done", "302 refused", "dispatcher1"));
		row("POST /tasks/{id}/return",
				pagePost(() -> "/tasks/" + proposalOfOfficer1() + "/return", Map.of("reason", "企业要求改期")),
				only("302 done", "302 refused", "officer1"));
		row("POST /tasks/{id}/comment", pagePost(() -> "/tasks/" + offered() + "/comment", Map.of("text", "请尽快受理")),
				only("302 done", "302 refused", "dispatcher1", "dispatcher2"));
		row("GET /cases/{businessKey}", page(() -> "/cases/" + this.invitation),
				only("200", "404", INVITATION_READERS));
		row("GET /cases/{businessKey}/diagram", page(() -> "/cases/" + this.invitation + "/diagram"),
				only("200", "404", INVITATION_READERS));
		row("POST /tasks/{id}/complete",
				pagePost(() -> "/tasks/" + acceptanceStep() + "/complete",
						Map.of("decision", "ACCEPT", "leadOfficer", "officer1", "secondOfficer", "officer2")),
				only("302 done", "302 refused", "dispatcher1", "dispatcher2"));
		row("GET /invitations", page("/invitations"), signedIn("200"));
		row("GET /invitations/new", page("/invitations/new"), only("200", "403", "enterprise1", "enterprise2"));
		// an empty form: the enterprise is shown what is missing, nothing is submitted
		row("POST /invitations", pagePost(() -> "/invitations"), only("400", "403", "enterprise1", "enterprise2"));
		row("GET /invitations/{trackingNumber}", page(() -> "/invitations/" + this.inspected),
				only("200", "404", INVITATION_READERS));
		row("GET /invitations/findings", page("/invitations/findings"), signedIn("200"));
		row("GET /cases/{businessKey}/files", page(() -> "/cases/" + this.inspected + "/files"),
				only("200", "404", INVITATION_READERS));
		row("POST /cases/{businessKey}/files",
				(client, person) -> outcome(client,
						client.postFile("/cases/" + this.inspected + "/files", "files", "现场照片.png", SampleFiles.png())),
				only("302 refused", "404", INVITATION_READERS).and("302 done", INVITATION_PARTICIPANTS));
		row("GET /attachments/{id}", page(() -> "/attachments/" + this.evidence),
				only("200", "404", INVITATION_READERS));
		row("POST /attachments/{id}/delete",
				pagePost(() -> "/attachments/" + draftOfEnterprise1() + "/delete",
						Map.of("returnTo", "/cases/" + this.inspected + "/files")),
				only("302 refused", "404", INVITATION_READERS).and("302 done", "enterprise1"));
		row("GET /documents", page("/documents"), signedIn("200"));
		row("GET /documents/{id}/pdf", page(() -> "/documents/" + this.document + "/pdf"),
				only("200", "404", INVITATION_READERS));
		row("POST /documents/{id}/receipt", pagePost(() -> "/documents/" + this.document + "/receipt"),
				only("302 refused", "404", INVITATION_READERS).and("302 done", "enterprise1"));
		row("GET /admin/audit", page("/admin/audit"), admins("200"));
		row("GET /admin/deadlines", page("/admin/deadlines"), admins("200"));
		row("GET /admin/calendar", page("/admin/calendar"), admins("200"));
		// NORMAL on an ordinary day changes nothing
		row("POST /admin/calendar/days",
				pagePost(() -> "/admin/calendar/days", Map.of("date", "2031-01-06", "kind", "NORMAL", "name", "")),
				admins("302 done"));
		// no file: the administrator is let in and told what is missing
		row("POST /admin/calendar/import", pagePost(() -> "/admin/calendar/import?year=2031"), admins("302 refused"));
		row("GET /admin/violation-matters", page("/admin/violation-matters"), admins("200"));
		// no file: the administrator is let in and told what is missing
		row("POST /admin/violation-matters/preview", pagePost(() -> "/admin/violation-matters/preview"),
				admins("302 refused"));
		// a job that was never staged: told so on the page
		row("POST /admin/violation-matters/imports/{jobId}/confirm",
				pagePost(() -> "/admin/violation-matters/imports/no-such-job/confirm"), admins("302 refused"));
		row("GET /admin/violation-matters/export", page("/admin/violation-matters/export?format=csv"), admins("200"));
		row("GET /public/discretion-lists", page("/public/discretion-lists?department=YJJ"), everyone("200"));
		row("* /error", page("/error"), signedIn("404"));
		// the OpenAPI document: the API's door, for the Swagger UI's session and for HTTP
		// Basic
		row("GET /v3/api-docs", docs("/v3/api-docs"), signedIn("200"));
		row("GET /v3/api-docs.yaml", docs("/v3/api-docs.yaml"), signedIn("200"));
		row("GET /v3/api-docs/swagger-config", docs("/v3/api-docs/swagger-config"), signedIn("200"));
		row("GET /swagger-ui.html", page("/swagger-ui.html"), signedIn("302 done"));

		// the JSON API
		row("GET /api/me", api("/api/me"), signedIn("200"));
		row("GET /api/public/decisions", api("/api/public/decisions"), everyone("200"));
		row("GET /api/exemptions", api("/api/exemptions"), signedIn("200"));
		row("POST /api/exemptions", apiPost(() -> "/api/exemptions", "{}"),
				only("400", "403", "officer1", "officer2", "officer3"));
		row("GET /api/exemptions/{caseNumber}", api(() -> "/api/exemptions/" + this.exemption),
				only("200", "404", EXEMPTION_READERS));
		// the case waits for officer1's correction order: an empty order is refused,
		// every
		// other step is out of turn, and for those who do not know the case it does not
		// exist
		row("POST /api/exemptions/{caseNumber}/correction-order", exemptionStep("correction-order", "{}"),
				only("403", "404", EXEMPTION_READERS).and("400", "officer1"));
		row("POST /api/exemptions/{caseNumber}/correction", exemptionStep("correction", "{}"),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/correction-check",
				exemptionStep("correction-check", "{\"accepted\":true}"), only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/proposal", exemptionStep("proposal", "{}"),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/legal-review", exemptionStep("legal-review", "{\"approved\":true}"),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/approval", exemptionStep("approval", "{\"approved\":true}"),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/service",
				exemptionStep("service", "{\"method\":\"IN_PERSON\",\"servedOn\":\"2026-01-05\"}"),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/receipt", exemptionStep("receipt", null),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/publication", exemptionStep("publication", null),
				only("409", "404", EXEMPTION_READERS));
		row("POST /api/exemptions/{caseNumber}/general-procedure-outcome",
				exemptionStep("general-procedure-outcome", "{}"), only("409", "404", EXEMPTION_READERS));
		row("POST /api/enterprise/electronic-service-consent",
				apiPost(() -> "/api/enterprise/electronic-service-consent", null),
				only("204", "400", "enterprise1", "enterprise2"));
		row("GET /api/departments", api("/api/departments"), signedIn("200"));
		row("GET /api/departments/{code}/inspection-items", api("/api/departments/YJJ/inspection-items"),
				signedIn("200"));
		row("GET /api/violation-matters", api("/api/violation-matters?department=YJJ"), signedIn("200"));
		// no file: administrators are told what is missing, everyone else is refused
		// first
		row("POST /api/violation-matters/import", apiPost(() -> "/api/violation-matters/import", null), admins("400"));
		row("GET /api/violation-matters/export", bytes(() -> "/api/violation-matters/export?format=xlsx"),
				admins("200"));
		row("GET /api/imports/{jobId}", api("/api/imports/no-such-job"), admins("404"));
		row("GET /api/public/discretion-lists", api("/api/public/discretion-lists?department=HBJ"), everyone("200"));
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
				apiPost(() -> "/api/tasks/" + heldByDispatcher1() + "/transfer",
						"{\"userId\":\"dispatcher2\",\"reason\":\"本周外出检查\"}"),
				only("204", "404", "dispatcher1").and("409", "dispatcher2"));
		row("POST /api/tasks/{id}/return",
				apiPost(() -> "/api/tasks/" + proposalOfOfficer1() + "/return", "{\"reason\":\"企业要求改期\"}"),
				only("204", "404", "officer1").and("409", "officer2"));
		row("POST /api/tasks/{id}/comment",
				apiPost(() -> "/api/tasks/" + offered() + "/comment", "{\"text\":\"请尽快受理\"}"),
				only("204", "404", "dispatcher1", "dispatcher2"));
		row("GET /api/cases/{businessKey}/timeline", api(() -> "/api/cases/" + this.invitation + "/timeline"),
				only("200", "404", INVITATION_READERS));
		row("GET /api/cases/{businessKey}/diagram", api(() -> "/api/cases/" + this.invitation + "/diagram"),
				only("200", "404", INVITATION_READERS));
		row("POST /api/tasks/{id}/complete",
				apiPost(() -> "/api/tasks/" + acceptanceStep() + "/complete",
						"{\"decision\":\"ACCEPT\",\"leadOfficer\":\"officer1\",\"secondOfficer\":\"officer2\"}"),
				only("200", "404", "dispatcher1", "dispatcher2"));
		row("GET /api/invitations", api("/api/invitations"), signedIn("200"));
		row("POST /api/invitations", submitting(), only("201", "403", "enterprise1", "enterprise2"));
		row("GET /api/invitations/{trackingNumber}", api(() -> "/api/invitations/" + this.inspected),
				only("200", "404", INVITATION_READERS));
		row("GET /api/invitations/{trackingNumber}/combined-visit",
				api(() -> "/api/invitations/" + this.inspected + "/combined-visit"),
				only("200", "404", INVITATION_READERS));
		row("POST /api/invitations/{trackingNumber}/accept",
				step(InvitationStatus.SUBMITTED, "accept",
						"{\"leadOfficer\":\"officer1\",\"secondOfficer\":\"officer2\"}"),
				stepOf("dispatcher1", "dispatcher2"));
		row("POST /api/invitations/{trackingNumber}/decline",
				step(InvitationStatus.SUBMITTED, "decline", "{\"reason\":\"不属于本部门检查事项\"}"),
				stepOf("dispatcher1", "dispatcher2"));
		row("POST /api/invitations/{trackingNumber}/propose-date",
				step(InvitationStatus.ACCEPTED, "propose-date", () -> "{\"date\":\"" + today().plusDays(1) + "\"}"),
				stepOf("officer1"));
		row("POST /api/invitations/{trackingNumber}/confirm-date",
				step(InvitationStatus.DATE_PROPOSED, "confirm-date", "{\"accepted\":true}"), stepOf("enterprise1"));
		// the visit is tomorrow: held today instead, by telephone agreement
		row("POST /api/invitations/{trackingNumber}/inspection",
				step(InvitationStatus.SCHEDULED, "inspection",
						() -> "{\"inspectedOn\":\"" + today() + "\",\"dateChangeReason\":\"经电话协商提前一天\","
								+ "\"findings\":[{\"itemCode\":\"YJJ-JC-001\",\"compliant\":true},"
								+ "{\"itemCode\":\"YJJ-JC-006\",\"compliant\":true}]}"),
				stepOf("officer1"));
		row("POST /api/invitations/{trackingNumber}/withdraw",
				step(InvitationStatus.SUBMITTED, "withdraw", "{\"reason\":\"已自行完成自查\"}"), stepOf("enterprise1"));
		row("POST /api/invitations/{trackingNumber}/not-agreed",
				step(InvitationStatus.ACCEPTED, "not-agreed", "{\"reason\":\"企业停产检修，期望时间内无法检查\"}"), stepOf("officer1"));
		row("POST /api/invitations/{trackingNumber}/counter-proposal",
				apiPostOf(() -> "/api/invitations/" + counterProposed() + "/counter-proposal",
						() -> "{\"adopt\":true}"),
				stepOf("officer1"));
		row("POST /api/invitations/{trackingNumber}/move-visit",
				step(InvitationStatus.SCHEDULED, "move-visit",
						() -> "{\"visitDate\":\"" + today().plusDays(2) + "\",\"reason\":\"经电话协商改期\"}"),
				stepOf("officer1"));
		row("POST /invitations/{trackingNumber}/withdraw",
				pagePost(() -> "/invitations/" + invitationAt(InvitationStatus.SUBMITTED) + "/withdraw",
						Map.of("reason", "已自行完成自查")),
				only("302 refused", "404", INVITATION_READERS).and("302 done", "enterprise1"));
		row("POST /invitations/{trackingNumber}/move-visit",
				pagePost(() -> "/invitations/" + invitationAt(InvitationStatus.SCHEDULED) + "/move-visit",
						Map.of("visitDate", today().plusDays(2).toString(), "reason", "经电话协商改期")),
				only("302 refused", "404", INVITATION_READERS).and("302 done", "officer1"));
		row("POST /tasks/{id}/urge",
				pagePost(() -> "/tasks/" + overdueAcceptance() + "/urge", Map.of("message", "已超期，请尽快受理")),
				signedIn("302 refused").and("302 done", "enterprise1", "supervisor1", "supervisor2"));
		row("POST /api/tasks/{id}/urge",
				apiPost(() -> "/api/tasks/" + overdueAcceptance() + "/urge", "{\"message\":\"已超期，请尽快受理\"}"),
				only("403", "404", INVITATION_READERS).and("204", "enterprise1", "supervisor1", "supervisor2"));
		row("POST /api/invitations/{trackingNumber}/rectification",
				step(InvitationStatus.RECTIFYING, "rectification",
						"{\"items\":[{\"itemCode\":\"YJJ-JC-006\",\"description\":\"已张贴警示标志\"}]}"),
				stepOf("enterprise1"));
		row("POST /api/invitations/{trackingNumber}/verification", step(InvitationStatus.VERIFYING, "verification",
				"{\"items\":[{\"itemCode\":\"YJJ-JC-006\",\"accepted\":true}]}"), stepOf("officer1"));
		row("POST /api/invitations/{trackingNumber}/rating", step(InvitationStatus.RATING, "rating", "{\"score\":5}"),
				stepOf("enterprise1"));
		row("GET /api/findings/awaiting-exemption-assessment", api("/api/findings/awaiting-exemption-assessment"),
				signedIn("200"));
		row("GET /api/findings/{id}", api(() -> "/api/findings/" + this.finding),
				only("200", "404", INVITATION_READERS));
		row("GET /api/cases/{businessKey}/documents", api(() -> "/api/cases/" + this.inspected + "/documents"),
				only("200", "404", INVITATION_READERS));
		row("GET /api/documents", api("/api/documents"), signedIn("200"));
		row("GET /api/documents/{id}", bytes(() -> "/api/documents/" + this.document),
				only("200", "404", INVITATION_READERS));
		row("POST /api/documents/{id}/receipt", apiPost(() -> "/api/documents/" + this.document + "/receipt", null),
				only("403", "404", INVITATION_READERS).and("200", "enterprise1"));
		row("POST /api/cases/{businessKey}/attachments", (client, person) -> String.valueOf(
				client
					.apiPostFiles("/api/cases/" + this.inspected + "/attachments", username(person), password(person),
							Map.of(), List.of(new FilePart("files", "现场照片.png", SampleFiles.png())))
					.statusCode()),
				only("403", "404", INVITATION_READERS).and("201", INVITATION_PARTICIPANTS));
		row("GET /api/cases/{businessKey}/attachments", api(() -> "/api/cases/" + this.inspected + "/attachments"),
				only("200", "404", INVITATION_READERS));
		row("GET /api/attachments/{id}", bytes(() -> "/api/attachments/" + this.evidence),
				only("200", "404", INVITATION_READERS));
		row("DELETE /api/attachments/{id}",
				(client, person) -> String.valueOf(
						client.apiDelete("/api/attachments/" + draftOfEnterprise1(), username(person), password(person))
							.statusCode()),
				only("403", "404", INVITATION_READERS).and("204", "enterprise1"));
		row("GET /api/audit/verify", api("/api/audit/verify"), admins("200"));
		row("GET /api/audit/entries", api(() -> "/api/audit/entries?case=" + this.invitation + "&category=CASE"),
				admins("200"));
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
		this.submitted.forEach((trackingNumber) -> this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.list()
			.forEach((instance) -> this.runtime.deleteProcessInstance(instance.getId(), "authorization matrix over")));
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
		String trackingNumber = this.fixture.submit(YJJ);
		this.submitted.add(trackingNumber);
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
		String trackingNumber = this.fixture.submit(YJJ);
		this.submitted.add(trackingNumber);
		this.fixture.accept(trackingNumber, "dispatcher1", "officer1", "officer2");
		return this.fixture.task(trackingNumber, InvitationModel.TASK_PROPOSE_VISIT_DATE).getId();
	}

	/**
	 * A real invitation of enterprise1 to 应急管理局 for two items, taken to the step through
	 * the service as its people would: accepted by dispatcher1 with officer1 leading,
	 * visited tomorrow, one hazard found, reported and accepted.
	 */
	private String invitationAt(InvitationStatus step) {
		LocalDate tomorrow = today().plusDays(1);
		String trackingNumber = this.requests
			.submit(profile("enterprise1"),
					new NewInvitation("YJJ", List.of("YJJ-JC-001", "YJJ-JC-006"), tomorrow, tomorrow.plusDays(20),
							"淮阴区化工园区经三路16号", "王建国", "13905170001", null))
			.value();
		this.submitted.add(trackingNumber);
		List<Runnable> steps = List.of(
				() -> this.acceptance.accept(profile("dispatcher1"), trackingNumber, "officer1", "officer2", List.of()),
				() -> this.scheduling.proposeDate(profile("officer1"), trackingNumber, tomorrow),
				() -> this.scheduling.confirmDate(profile("enterprise1"), trackingNumber, true, null, null), () -> {
					// the officers visit tomorrow, and record it then
					TestClock.travel(Duration.ofDays(1));
					try {
						this.inspections.record(profile("officer1"), trackingNumber,
								new Inspection(null, null, List.of(),
										List.of(new Inspection.Finding("YJJ-JC-001", true, null, false),
												new Inspection.Finding("YJJ-JC-006", false,
														new Inspection.Hazard("储罐区安全警示标志缺失", HazardLevel.GENERAL,
																"《中华人民共和国安全生产法》第三十五条", "在储罐区入口设置安全警示标志", null),
														false))));
					}
					finally {
						TestClock.reset();
					}
				},
				() -> this.reports.report(profile("enterprise1"), trackingNumber,
						List.of(new Rectification("YJJ-JC-006", "已张贴警示标志", List.of()))),
				() -> this.checks.verify(profile("officer1"), trackingNumber,
						List.of(new Verification("YJJ-JC-006", true, null, null, false))));
		List<InvitationStatus> reached = List.of(InvitationStatus.ACCEPTED, InvitationStatus.DATE_PROPOSED,
				InvitationStatus.SCHEDULED, InvitationStatus.RECTIFYING, InvitationStatus.VERIFYING,
				InvitationStatus.RATING);
		for (int i = 0; step != InvitationStatus.SUBMITTED && i < steps.size(); i++) {
			steps.get(i).run();
			if (reached.get(i) == step) {
				break;
			}
		}
		assertThat(this.invitations.find(profile("enterprise1"), trackingNumber).status()).isEqualTo(step);
		return trackingNumber;
	}

	/**
	 * A fresh invitation whose visit date enterprise1 answered with another date, for
	 * officer1 to answer.
	 */
	private String counterProposed() {
		String trackingNumber = invitationAt(InvitationStatus.DATE_PROPOSED);
		this.scheduling.confirmDate(profile("enterprise1"), trackingNumber, false, today().plusDays(3), null);
		return trackingNumber;
	}

	/**
	 * The acceptance step of an invitation enterprise1 submitted a week ago, overdue
	 * since.
	 */
	private String overdueAcceptance() {
		TestClock.travel(Duration.ofDays(-7));
		try {
			String trackingNumber = invitationAt(InvitationStatus.SUBMITTED);
			return this.fixture.task(trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION).getId();
		}
		finally {
			TestClock.reset();
		}
	}

	/**
	 * The acceptance step of a fresh real invitation, offered to the dispatchers of
	 * 应急管理局.
	 */
	private String acceptanceStep() {
		String trackingNumber = invitationAt(InvitationStatus.SUBMITTED);
		return this.fixture.task(trackingNumber, InvitationModel.TASK_ACCEPT_INVITATION).getId();
	}

	/**
	 * A photo enterprise1 uploaded to the inspected invitation and has not yet handed in.
	 */
	private String draftOfEnterprise1() {
		byte[] png = SampleFiles.png();
		return this.attachments
			.upload(profile("enterprise1"), this.inspected, null,
					List.of(new Upload("整改后照片.png", png.length, new ByteArrayResource(png))))
			.get(0)
			.id();
	}

	private UserProfile profile(String username) {
		return this.users.profile(username).orElseThrow();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(WorkingCalendar.ZONE));
	}

	/** A step of a fresh invitation at the step, as the API's action for it. */
	private Request step(InvitationStatus at, String action, String json) {
		return step(at, action, () -> json);
	}

	private Request step(InvitationStatus at, String action, Supplier<String> json) {
		return apiPostOf(() -> "/api/invitations/" + invitationAt(at) + "/" + action, json);
	}

	/**
	 * Submits an invitation through the API and remembers it, to be ended with the rest.
	 */
	private Request submitting() {
		return (client, person) -> {
			LocalDate tomorrow = today().plusDays(1);
			HttpResponse<String> response = client.apiPost("/api/invitations", username(person), password(person),
					ApiAnswers.write(Map.of("departmentCode", "YJJ", "itemCodes", List.of("YJJ-JC-001"), "windowStart",
							tomorrow.toString(), "windowEnd", tomorrow.plusDays(10).toString(), "siteAddress",
							"淮阴区化工园区经三路16号", "contactName", "李秀英", "contactPhone", "13905170002")));
			if (response.statusCode() == 201) {
				this.submitted.add(ApiAnswers.json(response).get("trackingNumber").asText());
			}
			return String.valueOf(response.statusCode());
		};
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
		boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/v3/api-docs");
		this.rows.put(key, new Row(key, request, expected.resolve(api ? "401" : "302 /login"), extra));
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

	/**
	 * A step of an invitation: those whose step it is act (200); the others who see the
	 * invitation are told it is not theirs (403); those who do not know it get 404.
	 */
	private static Expected stepOf(String... people) {
		return only("403", "404", INVITATION_READERS).and("200", people);
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

	/**
	 * The OpenAPI document fetched both ways: with the session, as the Swagger UI does,
	 * and with HTTP Basic alone, as an API client does (without the session's cookie).
	 * One answer when both agree.
	 */
	private Request docs(String path) {
		return (client, person) -> {
			String session = outcome(client, client.get(path, "*/*"));
			String basic = String.valueOf(
					new SignedInClient(this.port).api(path, username(person), password(person), "*/*").statusCode());
			return session.equals(basic) ? session : "session " + session + ", HTTP Basic " + basic;
		};
	}

	private static Request pagePost(Supplier<String> path) {
		return pagePost(path, Map.of());
	}

	private static Request pagePost(Supplier<String> path, Map<String, String> fields) {
		return (client, person) -> outcome(client, client.postForm(path.get(), fields));
	}

	private Request exemptionStep(String action, String json) {
		return apiPost(() -> "/api/exemptions/" + this.exemption + "/" + action, json);
	}

	private static Request api(String path) {
		return api(() -> path);
	}

	private static Request api(Supplier<String> path) {
		return (client, person) -> String
			.valueOf(client.api(path.get(), username(person), password(person)).statusCode());
	}

	/** An API GET of a file (a PDF, an attachment). */
	private static Request bytes(Supplier<String> path) {
		return (client, person) -> String
			.valueOf(client.apiBytes(path.get(), username(person), password(person)).statusCode());
	}

	private static Request apiPostOf(Supplier<String> path, Supplier<String> json) {
		return (client, person) -> String
			.valueOf(client.apiPost(path.get(), username(person), password(person), json.get()).statusCode());
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
