package cn.enforceflow.exemption;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.documents.PdfText;
import cn.enforceflow.identity.Role;
import cn.enforceflow.processes.exemption.ExemptionModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 首违不罚 end to end through the API, as the officer, the enterprise, the legal reviewer and
 * the head would use it: every path of the model, the look-back of 第三十三条, the limitation
 * of 第三十六条, four eyes (第五十八条), the documents and the publication.
 */
@FullApplication
class ExemptionWorkflowTests extends ExemptionApiClient {

	@Autowired
	ManagementService management;

	@Autowired
	AuditTrail audit;

	@Autowired
	RuntimeService runtime;

	@Test
	void anEligibleCaseIsCorrectedProposedReviewedApprovedServedAndPublished() {
		String enterprise = enterprise();
		JsonNode registered = register("officer1", violation(enterprise, Map.of("corrected", false)));
		String cn = registered.get("caseNumber").asText();
		assertThat(registered.get("status").asText()).isEqualTo("CORRECTION_TO_ORDER");
		assertThat(registered.at("/assessment/outcome").asText()).isEqualTo("CORRECTION_NEEDED");
		assertThat(registered.at("/assessment/eligible").asBoolean()).isTrue();

		// the enterprise sees nothing before the order is served
		assertThat(client().api("/api/exemptions/" + cn, userOf(enterprise), "demo").statusCode()).isEqualTo(404);
		assertThat(detail(action("officer1", cn, "correction-order", Map.of("deadline", today().toString()))))
			.contains("改正期限须在");
		assertThat(
				status(action("officer1", cn, "correction-order", Map.of("deadline", today().plusDays(10).toString()))))
			.isEqualTo("CORRECTING");
		JsonNode ordered = get(userOf(enterprise), "/api/exemptions/" + cn);
		assertThat(ordered.at("/correction/orderNumber").asText()).contains("〔" + today().getYear() + "〕");

		assertThat(detail(action(userOf(enterprise), cn, "correction", Map.of("description", " "))))
			.contains("请说明改正情况");
		assertThat(
				status(action(userOf(enterprise), cn, "correction", Map.of("description", "已补录3名外协人员的培训档案，并建立培训台账。"))))
			.isEqualTo("CORRECTION_REPORTED");
		assertThat(detail(action("officer1", cn, "correction-check", Map.of("accepted", false)))).contains("请说明理由");
		// rejected with time left: the enterprise corrects again
		assertThat(status(action("officer1", cn, "correction-check", Map.of("accepted", false, "reason", "培训台账缺少签字。"))))
			.isEqualTo("CORRECTING");
		assertThat(status(action(userOf(enterprise), cn, "correction", Map.of("description", "已补签字。"))))
			.isEqualTo("CORRECTION_REPORTED");
		assertThat(status(action("officer1", cn, "correction-check", Map.of("accepted", true))))
			.isEqualTo("TO_PROPOSE");
		assertThat(get("officer1", "/api/exemptions/" + cn).at("/assessment/outcome").asText()).isEqualTo("ELIGIBLE");

		// education is required
		assertThat(detail(action("officer1", cn, "proposal", Map.of("opinion", "建议不予处罚。")))).contains("教育告诫记录");
		propose(cn);
		// the proposer is no legal reviewer; a reviewer returns it once with reasons
		assertThat(action("officer1", cn, "legal-review", Map.of("approved", true)).statusCode()).isEqualTo(403);
		assertThat(detail(action("legal1", cn, "legal-review", Map.of("approved", false)))).contains("退回时请说明理由");
		assertThat(status(action("legal1", cn, "legal-review", Map.of("approved", false, "reason", "请补充当事人承诺内容。"))))
			.isEqualTo("TO_PROPOSE");
		propose(cn);
		assertThat(status(action("legal1", cn, "legal-review", Map.of("approved", true))))
			.isEqualTo("AWAITING_APPROVAL");
		assertThat(status(action("head1", cn, "approval", Map.of("approved", true)))).isEqualTo("APPROVED");

		JsonNode approved = get("officer1", "/api/exemptions/" + cn);
		String decisionNumber = approved.at("/decision/number").asText();
		assertThat(decisionNumber).contains("不罚〔" + today().getYear() + "〕");
		String pdf = PdfText
			.of(client().apiBytes("/api/documents/" + approved.at("/decision/documentId").asText(), "officer1", "demo")
				.body());
		assertThat(pdf).contains("不予行政处罚决定书", "外协单位从业人员上岗培训未如实记录", "刘洋", "32080020260001", "赵磊", "申请行政复议", "提起行政诉讼",
				"已对当事人进行教育");

		// out of turn is a 409; not consented, no electronic service
		assertThat(action("officer1", cn, "correction-check", Map.of("accepted", true)).statusCode()).isEqualTo(409);
		assertThat(detail(action("officer1", cn, "service", Map.of("method", "ELECTRONIC")))).contains("未确认电子送达");
		assertThat(status(
				action("officer1", cn, "service", Map.of("method", "IN_PERSON", "servedOn", today().toString()))))
			.isEqualTo("APPROVED");
		assertThat(status(action("officer1", cn, "publication", Map.of()))).isEqualTo("PUBLISHED");

		// 公示 without sign-in
		HttpResponse<String> anonymous = client().get("/api/public/decisions", "application/json");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		JsonNode published = read(anonymous);
		assertThat(published.findValuesAsText("decisionNumber")).contains(decisionNumber);
		assertThat(this.audit.ofCase(cn).stream().map((e) -> e.action()).toList()).contains("EXEMPTION_REGISTERED",
				"EXEMPTION_CORRECTION_ORDERED", "EXEMPTION_CORRECTION_REPORTED", "EXEMPTION_CORRECTION_CHECKED",
				"EXEMPTION_PROPOSED", "EXEMPTION_LEGAL_REVIEWED", "EXEMPTION_HEAD_DECIDED", "EXEMPTION_DECISION_SERVED",
				"EXEMPTION_DECISION_PUBLISHED");
	}

	@Test
	void whoeverProposedMayNeitherReviewNorApprove() {
		String both = colleague(Role.OFFICER, Role.LEGAL_REVIEWER, Role.DEPT_HEAD);
		JsonNode registered = register(both, violation(enterprise(), Map.of()));
		String cn = registered.get("caseNumber").asText();
		assertThat(registered.get("status").asText()).isEqualTo("TO_PROPOSE");
		assertThat(
				status(action(both, cn, "proposal", Map.of("opinion", "建议不予处罚。", "educationRecord", "已当场讲解培训记录要求。"))))
			.isEqualTo("IN_LEGAL_REVIEW");
		HttpResponse<String> ownReview = action(both, cn, "legal-review", Map.of("approved", true));
		assertThat(ownReview.statusCode()).isEqualTo(403);
		assertThat(status(action("legal1", cn, "legal-review", Map.of("approved", true))))
			.isEqualTo("AWAITING_APPROVAL");
		assertThat(action(both, cn, "approval", Map.of("approved", true)).statusCode()).isEqualTo(403);
		// the head decides the general procedure instead, with a reason
		assertThat(detail(action("head1", cn, "approval", Map.of("approved", false, "generalProcedure", true))))
			.contains("请说明理由");
		assertThat(status(action("head1", cn, "approval",
				Map.of("approved", false, "generalProcedure", true, "reason", "同类问题多发，依法按一般程序处理。"))))
			.isEqualTo("GENERAL_PROCEDURE");
		JsonNode general = get("officer1", "/api/exemptions?generalProcedure=true");
		assertThat(general.findValuesAsText("caseNumber")).contains(cn);
	}

	@Test
	void anEarlierEstablishedViolationInTheWindowMakesTheNextIneligibleAndOutsideItEligibleAgain() {
		String enterprise = enterprise();
		// 30 months ago, serious, handed to the general procedure and penalised there
		JsonNode old = register("officer1", violation(enterprise, Map.of("violationOn",
				today().minusMonths(30).toString(), "foundOn", today().minusMonths(29).toString(), "harm", "SERIOUS")));
		String oldCase = old.get("caseNumber").asText();
		assertThat(old.get("status").asText()).isEqualTo("GENERAL_PROCEDURE");
		assertThat(old.at("/assessment/band").asText()).isEqualTo("GENERAL");
		assertThat(status(action("officer1", oldCase, "general-procedure-outcome", Map.of("decisionNumber",
				"淮应急罚〔2024〕7号", "decidedOn", today().minusMonths(28).toString(), "penaltySummary", "警告，罚款五千元"))))
			.isEqualTo("GENERAL_PROCEDURE");
		// 20 months ago, handed over but never decided: not established
		JsonNode pending = register("officer1", violation(enterprise, Map.of("violationOn",
				today().minusMonths(20).toString(), "foundOn", today().minusMonths(19).toString(), "harm", "SERIOUS")));
		assertThat(pending.get("status").asText()).isEqualTo("GENERAL_PROCEDURE");

		// 10 months ago: the old case lies within the 24 months before it
		JsonNode inside = register("officer1",
				violation(enterprise, Map.of("violationOn", today().minusMonths(10).toString())));
		assertThat(inside.get("status").asText()).isEqualTo("GENERAL_PROCEDURE");
		assertThat(inside.at("/assessment/eligible").asBoolean()).isFalse();
		assertThat(inside.at("/assessment/priorCases").toString()).contains(oldCase)
			.doesNotContain(pending.get("caseNumber").asText());
		assertThat(inside.at("/assessment/reasons").toString()).contains("不属初次违法", oldCase);

		// now: the old case is more than 24 months before
		JsonNode outside = register("officer1", violation(enterprise, Map.of()));
		assertThat(outside.get("status").asText()).isEqualTo("TO_PROPOSE");
		assertThat(outside.at("/assessment/eligible").asBoolean()).isTrue();
		assertThat(outside.at("/assessment/priorCases").size()).isZero();
	}

	@Test
	void aViolationFoundAfterTheLimitationPeriodIsNoLongerPunishable() {
		JsonNode barred = register("officer1", violation(enterprise(),
				Map.of("violationOn", today().minusMonths(24).minusDays(1).toString(), "harm", "SERIOUS")));
		assertThat(barred.get("status").asText()).isEqualTo("TIME_BARRED");
		assertThat(barred.at("/assessment/reasons").toString()).contains("第三十六条");
		JsonNode onTheDay = register("officer1",
				violation(enterprise(), Map.of("violationOn", today().minusMonths(24).toString())));
		assertThat(onTheDay.get("status").asText()).isEqualTo("TO_PROPOSE");
	}

	@Test
	void aCorrectionNotMadeByTheDeadlineEndsInTheGeneralProcedure() {
		String enterprise = enterprise();
		String cn = register("officer1", violation(enterprise, Map.of("corrected", false, "harm", "NONE")))
			.get("caseNumber")
			.asText();
		assertThat(
				status(action("officer1", cn, "correction-order", Map.of("deadline", today().plusDays(5).toString()))))
			.isEqualTo("CORRECTING");
		TestClock.travel(Duration.ofDays(7));
		List<Job> due = this.management.createJobQuery()
			.processInstanceId(
					this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(cn).singleResult().getId())
			.activityId(ExemptionModel.TIMER_CORRECTION_DEADLINE_PASSED)
			.list();
		assertThat(due).hasSize(1);
		this.management.executeJob(due.get(0).getId());
		JsonNode closed = get("officer1", "/api/exemptions/" + cn);
		assertThat(closed.get("status").asText()).isEqualTo("GENERAL_PROCEDURE");
		assertThat(closed.at("/assessment/reasons").toString()).contains("未改正");
		assertThat(action(userOf(enterprise), cn, "correction", Map.of("description", "迟到的报告")).statusCode())
			.isEqualTo(409);
	}

	@Test
	void anElectronicallyServedDecisionIsReceivedOnTheDocument() {
		String enterprise = enterprise();
		String cn = register("officer1", violation(enterprise, Map.of())).get("caseNumber").asText();
		propose(cn);
		assertThat(status(action("legal1", cn, "legal-review", Map.of("approved", true))))
			.isEqualTo("AWAITING_APPROVAL");
		assertThat(status(action("head1", cn, "approval", Map.of("approved", true)))).isEqualTo("APPROVED");
		assertThat(post(userOf(enterprise), "/api/enterprise/electronic-service-consent", Map.of()).statusCode())
			.isEqualTo(204);
		assertThat(status(action("officer1", cn, "service", Map.of("method", "ELECTRONIC")))).isEqualTo("APPROVED");
		assertThat(status(action("officer1", cn, "publication", Map.of()))).isEqualTo("APPROVED");
		String documentId = get(userOf(enterprise), "/api/exemptions/" + cn).at("/decision/documentId").asText();
		assertThat(post(userOf(enterprise), "/api/documents/" + documentId + "/receipt", Map.of()).statusCode())
			.isEqualTo(200);
		JsonNode done = get("officer1", "/api/exemptions/" + cn);
		assertThat(done.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(done.at("/decision/receivedAt").isNull()).isFalse();
	}

	@Test
	void aCaseOfAnotherDepartmentOrEnterpriseDoesNotExistForThem() {
		String cn = register("officer1", violation(enterprise(), Map.of())).get("caseNumber").asText();
		assertThat(client().api("/api/exemptions/" + cn, "officer3", "demo").statusCode()).isEqualTo(404);
		assertThat(client().api("/api/exemptions/" + cn, "enterprise1", "demo").statusCode()).isEqualTo(404);
		assertThat(client().api("/api/exemptions/BF-2026-999999", "officer1", "demo").statusCode()).isEqualTo(404);
		assertThat(detail(
				post("officer1", "/api/exemptions", violation(enterprise(), Map.of("matterCode", "SCJG-SW-001")))))
			.contains("不在应急管理局的违法事项目录中");
		assertThat(detail(
				post("officer1", "/api/exemptions", violation(enterprise(), Map.of("secondOfficer", "officer3")))))
			.contains("不是本部门的执法人员");
		assertThat(post("enterprise1", "/api/exemptions", violation(enterprise(), Map.of())).statusCode())
			.isEqualTo(403);
	}

	private void propose(String cn) {
		assertThat(status(action("officer1", cn, "proposal", Map.of("opinion", "当事人初次违法、危害后果轻微并已及时改正，建议依法不予行政处罚。",
				"educationRecord", "执法人员向当事人讲解了《安全生产法》关于从业人员培训记录的规定，当事人承诺建立培训台账。"))))
			.isEqualTo("IN_LEGAL_REVIEW");
	}

}
