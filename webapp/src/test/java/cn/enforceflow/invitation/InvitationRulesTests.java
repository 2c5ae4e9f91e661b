package cn.enforceflow.invitation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.FullApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the invitation workflow, broken once: the request is refused with a
 * message that says which rule, and nothing changes.
 */
@FullApplication
class InvitationRulesTests extends InvitationApiClient {

	@Test
	void onlyItemsOfTheDepartmentsPublishedListMayBeInvited() {
		HttpResponse<String> other = submitting(Map.of("itemCodes", List.of("YJJ-JC-001", "SJJ-JC-001")));
		assertThat(other.statusCode()).isEqualTo(400);
		assertThat(detail(other)).contains("SJJ-JC-001", "不在应急管理局已公布的检查事项清单中");
		assertThat(detail(submitting(Map.of("itemCodes", List.of())))).contains("请至少选择一项检查事项");
		assertThat(detail(submitting(Map.of("departmentCode", "SFJ")))).contains("执法部门“SFJ”不存在");
	}

	@Test
	void theWindowStartsTomorrowAtTheEarliestAndSpansAtMostSixtyDays() {
		assertThat(detail(submitting(Map.of("windowStart", today().toString())))).contains("最早为明天");
		LocalDate start = today().plusDays(1);
		assertThat(
				detail(submitting(Map.of("windowStart", start.toString(), "windowEnd", start.plusDays(60).toString()))))
			.contains("时间范围为 61 天，最长 60 天");
		assertThat(submitting(Map.of("windowStart", start.toString(), "windowEnd", start.plusDays(59).toString()))
			.statusCode()).isEqualTo(201);
		assertThat(detail(submitting(Map.of("windowEnd", start.minusDays(1).toString())))).contains("不能早于开始日期");
		assertThat(detail(submitting(Map.of("windowStart", "2026-02-30")))).contains("windowStart", "不是有效的日期");
		assertThat(detail(submitting(Map.of("contactPhone", "12345")))).contains("联系电话“12345”格式不正确");
	}

	@Test
	void theTeamIsTwoOfficersOfTheDepartmentCertifiedOnTheVisitDate() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
		assertThat(detail(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer3"))))
			.contains("“officer3”不是本部门的执法人员");
		assertThat(detail(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer1"))))
			.contains("不能是同一人");
		assertThat(detail(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "dispatcher2"))))
			.contains("不是本部门的执法人员");

		// officer2's certificate is valid until 2027-06-30
		String late = submit("enterprise1", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 20), "YJJ-JC-001");
		assertThat(detail(
				action("dispatcher1", late, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.contains("赵磊的执法证有效期至 2027-06-30，在 2027-07-01 已失效");

		String spanning = submit("enterprise1", LocalDate.of(2027, 6, 20), LocalDate.of(2027, 7, 10), "YJJ-JC-001");
		assertThat(status(action("dispatcher1", spanning, "accept",
				Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.isEqualTo("ACCEPTED");
		assertThat(detail(action("officer1", spanning, "propose-date", Map.of("date", "2027-07-02"))))
			.contains("赵磊的执法证有效期至 2027-06-30");
		assertThat(detail(action("officer1", spanning, "propose-date", Map.of("date", "2027-07-11"))))
			.contains("不在企业期望的时间范围内");
		assertThat(status(action("officer1", spanning, "propose-date", Map.of("date", "2027-06-29"))))
			.isEqualTo("DATE_PROPOSED");
	}

	@Test
	void theEnterpriseOffersAnotherDateOnlyOnce() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
		action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"));
		action("officer1", tn, "propose-date", Map.of("date", today().plusDays(2).toString()));

		assertThat(status(action("enterprise1", tn, "confirm-date",
				Map.of("accepted", false, "alternativeDate", today().plusDays(3).toString()))))
			.isEqualTo("ACCEPTED");
		assertThat(get("officer1", "/api/invitations/" + tn).get("proposedDate").asText())
			.isEqualTo(today().plusDays(3).toString());
		action("officer1", tn, "propose-date", Map.of("date", today().plusDays(4).toString()));
		HttpResponse<String> again = action("enterprise1", tn, "confirm-date",
				Map.of("accepted", false, "alternativeDate", today().plusDays(5).toString()));
		assertThat(detail(again)).contains("另提日期只能一次");
		assertThat(detail(action("enterprise2", tn, "confirm-date", Map.of("accepted", true)))).contains("不存在");
		assertThat(status(action("enterprise1", tn, "confirm-date", Map.of("accepted", true)))).isEqualTo("SCHEDULED");
	}

	@Test
	void theRectificationDeadlineIsAfterTheVisitAndEveryItemHasAFinding() {
		String tn = scheduled();
		HttpResponse<String> onVisitDay = action("officer1", tn, "inspection",
				Map.of("findings", List.of(hazard("YJJ-JC-001", today().toString()), compliant("YJJ-JC-006"))));
		assertThat(detail(onVisitDay)).contains("整改期限", "应晚于检查日期");
		assertThat(detail(action("officer1", tn, "inspection", Map.of("findings", List.of(compliant("YJJ-JC-001"))))))
			.contains("缺少：YJJ-JC-006");
		assertThat(detail(action("officer1", tn, "inspection", Map.of("inspectedOn", today().plusDays(1).toString(),
				"findings", List.of(compliant("YJJ-JC-001"), compliant("YJJ-JC-006"))))))
			.contains("不能晚于今天");
		assertThat(detail(action("officer1", tn, "inspection",
				Map.of("findings",
						List.of(Map.of("itemCode", "YJJ-JC-001", "compliant", true, "suspectedViolation", true),
								compliant("YJJ-JC-006"))))))
			.contains("不能标记为疑似违法");
		assertThat(status(get("officer1", "/api/invitations/" + tn))).isEqualTo("SCHEDULED");
	}

	@Test
	void afterTwoSendBacksAHazardLeftUnrectifiedIsHandedOverForExemptionAssessment() {
		String tn = scheduled();
		action("officer1", tn, "inspection", Map.of("findings",
				List.of(hazard("YJJ-JC-001", today().plusDays(5).toString()), compliant("YJJ-JC-006"))));
		for (int round = 1; round <= 3; round++) {
			assertThat(status(action("enterprise1", tn, "rectification",
					Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "description", "第" + round + "次整改"))))))
				.isEqualTo("VERIFYING");
			HttpResponse<String> verified = action("officer1", tn, "verification",
					Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false, "reason", "仍不符合要求",
							"newDeadline", today().plusDays(10 + round).toString()))));
			assertThat(status(verified)).isEqualTo((round < 3) ? "RECTIFYING" : "RATING");
		}
		JsonNodeAssert finding = new JsonNodeAssert(get("officer1", "/api/invitations/" + tn).get("findings").get(0));
		finding.has("status", "NOT_RECTIFIED").has("handover", "AWAITING_ASSESSMENT");
		assertThat(get("officer1", "/api/invitations/" + tn).get("sendBackRounds").asInt()).isEqualTo(2);
		assertThat(get("officer1", "/api/findings/awaiting-exemption-assessment"))
			.anySatisfy((f) -> assertThat(f.get("trackingNumber").asText()).isEqualTo(tn));
		assertThat(client().api("/api/findings/awaiting-exemption-assessment", "officer3", "demo").body())
			.doesNotContain(tn);
	}

	@Test
	void aSendBackNeedsAReasonAndANewDeadline() {
		String tn = scheduled();
		action("officer1", tn, "inspection", Map.of("findings",
				List.of(hazard("YJJ-JC-001", today().plusDays(5).toString()), compliant("YJJ-JC-006"))));
		action("enterprise1", tn, "rectification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "description", "已整改"))));
		assertThat(detail(action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false, "reason", "不到位"))))))
			.contains("设定新的整改期限");
		assertThat(detail(action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false))))))
			.contains("退回", "理由");
		assertThat(detail(action("enterprise1", tn, "rating", Map.of("score", 9)))).contains("已不在此环节");
	}

	/** An invitation of two items, accepted by dispatcher1 for officer1, visit agreed. */
	private String scheduled() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001", "YJJ-JC-006");
		action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"));
		action("officer1", tn, "propose-date", Map.of("date", today().plusDays(1).toString()));
		assertThat(status(action("enterprise1", tn, "confirm-date", Map.of("accepted", true)))).isEqualTo("SCHEDULED");
		return tn;
	}

	private HttpResponse<String> submitting(Map<String, Object> changes) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("departmentCode", "YJJ", "itemCodes", List.of("YJJ-JC-001"), "windowStart",
						today().plusDays(1).toString(), "windowEnd", today().plusDays(10).toString(), "siteAddress",
						"淮阴区化工园区经三路16号", "contactName", "王建国", "contactPhone", "13905170001"));
		body.putAll(changes);
		return post("enterprise1", "/api/invitations", body);
	}

	private static Map<String, Object> compliant(String item) {
		return Map.of("itemCode", item, "compliant", true);
	}

	private static Map<String, Object> hazard(String item, String deadline) {
		return Map.of("itemCode", item, "compliant", false, "hazard", Map.of("description", "应急预案未演练", "level", "MAJOR",
				"legalBasis", "《生产安全事故应急条例》第八条", "advice", "组织一次综合演练", "deadline", deadline));
	}

	/** Asserts fields of a JSON object. */
	private record JsonNodeAssert(com.fasterxml.jackson.databind.JsonNode node) {

		JsonNodeAssert has(String field, String value) {
			assertThat(this.node.get(field).asText()).as(field).isEqualTo(value);
			return this;
		}

	}

}
