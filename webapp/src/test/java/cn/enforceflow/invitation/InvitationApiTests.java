package cn.enforceflow.invitation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.SignedInClient;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.documents.SampleFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole invitation journey through the API as the enterprise, the dispatcher and the
 * lead officer would drive it, with a hazard sent back once; who may see and act; and the
 * answer to an action out of turn.
 */
@FullApplication
class InvitationApiTests extends InvitationApiClient {

	@Test
	void enterpriseDispatcherAndOfficerWalkTheWholeJourneyWithOneSendBack() {
		LocalDate tomorrow = today().plusDays(1);
		HttpResponse<String> submitted = post("enterprise1", "/api/invitations",
				Map.of("departmentCode", "YJJ", "itemCodes", List.of("YJJ-JC-006", "YJJ-JC-001"), "windowStart",
						tomorrow.toString(), "windowEnd", tomorrow.plusDays(20).toString(), "siteAddress",
						"淮阴区化工园区经三路16号", "contactName", "王建国", "contactPhone", "13905170001", "description",
						"新建储罐区投用前请求检查指导"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String tn = read(submitted).get("trackingNumber").asText();
		assertThat(tn).matches("YY-" + today().getYear() + "-\\d{6}");
		assertThat(read(submitted).get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(submitted.headers().firstValue("Location")).hasValue("/api/invitations/" + tn);

		JsonNode created = get("enterprise1", "/api/invitations/" + tn);
		assertThat(created.get("items")).extracting((i) -> i.get("code").asText())
			.containsExactly("YJJ-JC-001", "YJJ-JC-006");
		assertThat(created.get("enterprise").get("name").asText()).isEqualTo("淮安市恒达化工有限公司");
		assertThat(status(get("dispatcher1", "/api/invitations/" + tn))).isEqualTo("SUBMITTED");

		assertThat(status(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.isEqualTo("ACCEPTED");
		assertThat(status(action("officer1", tn, "propose-date", Map.of("date", tomorrow.toString()))))
			.isEqualTo("DATE_PROPOSED");
		assertThat(status(action("enterprise1", tn, "confirm-date", Map.of("accepted", true)))).isEqualTo("SCHEDULED");
		assertThat(get("enterprise1", "/api/invitations/" + tn).get("visitDate").asText())
			.isEqualTo(tomorrow.toString());

		// the officers visit on the agreed day, and record it there
		TestClock.travelTo(tomorrow);
		LocalDate deadline = today().plusDays(10);
		assertThat(status(action("officer1", tn, "inspection", Map.of("findings", List.of(
				Map.of("itemCode", "YJJ-JC-001", "compliant", true),
				Map.of("itemCode", "YJJ-JC-006", "compliant", false, "hazard",
						Map.of("description", "储罐区安全警示标志缺失", "level", "GENERAL", "legalBasis", "《中华人民共和国安全生产法》第三十五条",
								"advice", "在储罐区入口设置安全警示标志", "deadline", deadline.toString())))))))
			.isEqualTo("RECTIFYING");
		JsonNode inspected = get("officer1", "/api/invitations/" + tn);
		assertThat(inspected.get("inspectedOn").asText()).isEqualTo(today().toString());
		assertThat(inspected.get("findings")).extracting((f) -> f.get("status").asText())
			.containsExactly("COMPLIANT", "AWAITING_REPORT");
		JsonNode documents = get("enterprise1", "/api/cases/" + tn + "/documents");
		assertThat(documents).extracting((d) -> d.get("type").asText())
			.containsExactlyInAnyOrder("INSPECTION_RECORD", "RECTIFICATION_ADVICE");
		assertThat(documents)
			.allSatisfy((d) -> assertThat(d.get("number").asText()).contains("〔" + today().getYear() + "〕"));
		HttpResponse<byte[]> pdf = client().apiBytes("/api/documents/" + documents.get(0).get("id").asText(),
				"enterprise1", "demo");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String record = documents.get(0).get("id").asText();
		assertThat(client().apiPost("/api/documents/" + record + "/receipt", "enterprise1", "demo").statusCode())
			.isEqualTo(200);
		JsonNode events = get("officer1", "/api/cases/" + tn + "/timeline").get("events");
		assertThat(events).extracting((e) -> e.get("kind").asText())
			.containsExactly("DOCUMENT_ISSUED", "DOCUMENT_ISSUED", "DOCUMENT_RECEIVED");
		assertThat(events.get(2).get("actor").get("username").asText()).isEqualTo("enterprise1");
		assertThat(events.get(2).get("documentNumber").asText()).isEqualTo(documents.get(0).get("number").asText());

		HttpResponse<String> uploaded = client().apiPostFiles("/api/cases/" + tn + "/attachments", "enterprise1",
				"demo", Map.of(), List.of(new SignedInClient.FilePart("files", "整改后照片.png", SampleFiles.png())));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String evidence = read(uploaded).get(0).get("id").asText();
		assertThat(status(action("enterprise1", tn, "rectification", Map.of("items", List
			.of(Map.of("itemCode", "YJJ-JC-006", "description", "已张贴警示标志", "attachmentIds", List.of(evidence)))))))
			.isEqualTo("VERIFYING");
		assertThat(get("officer1", "/api/invitations/" + tn).get("findings")
			.get(1)
			.get("reports")
			.get(0)
			.get("attachmentIds")).extracting(JsonNode::asText).containsExactly(evidence);
		assertThat(get("officer1", "/api/cases/" + tn + "/attachments")).singleElement()
			.satisfies((a) -> assertThat(a.get("state").asText()).isEqualTo("SUBMITTED"));
		assertThat(status(action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-006", "accepted", false, "reason", "标志位置不醒目",
						"newDeadline", deadline.plusDays(5).toString()))))))
			.as("sent back once")
			.isEqualTo("RECTIFYING");
		assertThat(status(action("enterprise1", tn, "rectification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-006", "description", "已移至入口正上方"))))))
			.isEqualTo("VERIFYING");
		assertThat(status(action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-006", "accepted", true))))))
			.isEqualTo("RATING");
		assertThat(status(action("enterprise1", tn, "rating", Map.of("score", 5, "comment", "指导细致"))))
			.isEqualTo("CLOSED");

		JsonNode closed = get("enterprise1", "/api/invitations/" + tn);
		assertThat(closed.get("sendBackRounds").asInt()).isEqualTo(1);
		assertThat(closed.get("ratingScore").asInt()).isEqualTo(5);
		JsonNode hazard = closed.get("findings").get(1);
		assertThat(hazard.get("status").asText()).isEqualTo("RECTIFIED");
		assertThat(hazard.get("reports")).extracting((r) -> r.get("round").asInt()).containsExactly(1, 2);
		assertThat(hazard.get("verifications")).extracting((v) -> v.get("accepted").asBoolean())
			.containsExactly(false, true);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count()).isZero();
		assertThat(this.audit.ofCase(tn)).extracting(AuditEntry::action)
			.filteredOn((action) -> action.startsWith("INVITATION_") || action.startsWith("VISIT_")
					|| action.startsWith("INSPECTION_") || action.startsWith("RECTIFICATION_"))
			.containsExactly("INVITATION_SUBMITTED", "INVITATION_ACCEPTED", "VISIT_DATE_PROPOSED",
					"VISIT_DATE_CONFIRMED", "INSPECTION_RECORDED", "RECTIFICATION_REPORTED", "RECTIFICATION_VERIFIED",
					"RECTIFICATION_REPORTED", "RECTIFICATION_VERIFIED", "INVITATION_RATED");
		assertThat(this.audit.ofCase(tn)).extracting(AuditEntry::action)
			.contains("DOCUMENT_ISSUED", "ATTACHMENT_UPLOADED", "ATTACHMENT_SUBMITTED");
		assertThat(this.audit.ofCase(tn).get(0).actor()).isEqualTo("enterprise1");
		assertThat(get("enterprise1", "/api/tasks?view=started").get("items"))
			.anySatisfy((item) -> assertThat(item.get("businessKey").asText()).isEqualTo(tn));
	}

	@Test
	void otherEnterprisesAndDepartmentsDoNotKnowTheInvitationAndOthersMayNotAct() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");

		for (String stranger : List.of("enterprise2", "officer3", "inspector1")) {
			HttpResponse<String> read = client().api("/api/invitations/" + tn, stranger, "demo");
			assertThat(read.statusCode()).as(stranger).isEqualTo(404);
			assertThat(detail(read)).contains(tn, "不存在");
			HttpResponse<String> act = action(stranger, tn, "accept",
					Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"));
			assertThat(act.statusCode()).as(stranger).isEqualTo(404);
		}
		HttpResponse<String> officer = action("officer1", tn, "accept",
				Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"));
		assertThat(officer.statusCode()).as("an officer sees it but does not accept").isEqualTo(403);
		assertThat(detail(officer)).contains("不由您办理");
		assertThat(client().api("/api/invitations", "enterprise2", "demo").body()).doesNotContain(tn);
		assertThat(client().api("/api/invitations", "officer3", "demo").body()).doesNotContain(tn);
		assertThat(client().api("/api/invitations", "dispatcher1", "demo").body()).contains(tn);

		HttpResponse<String> outOfTurn = action("enterprise1", tn, "rating", Map.of("score", 3));
		assertThat(outOfTurn.statusCode()).isEqualTo(409);
		assertThat(detail(outOfTurn)).contains("已不在此环节");
	}

	@Test
	void stepsCanAlsoBeCompletedWithTheirFormsThroughTheInboxApi() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
		String taskId = taskOf("dispatcher1", tn);

		HttpResponse<String> invalid = client().apiPost("/api/tasks/" + taskId + "/complete", "dispatcher1", "demo",
				write(Map.of("decision", "ACCEPT", "leadOfficer", "officer3")));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(read(invalid).get("errors")).extracting((e) -> e.get("field").asText())
			.contains("leadOfficer", "secondOfficer");

		HttpResponse<String> accepted = client().apiPost("/api/tasks/" + taskId + "/complete", "dispatcher1", "demo",
				write(Map.of("decision", "ACCEPT", "leadOfficer", "officer1", "secondOfficer", "officer2")));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		assertThat(read(accepted).get("message").asText()).contains("已受理邀约", tn, "刘洋");
		assertThat(read(accepted).get("next").asText()).isEqualTo("/invitations/" + tn);
		assertThat(status(get("enterprise1", "/api/invitations/" + tn))).isEqualTo("ACCEPTED");
		assertThat(get("dispatcher1", "/api/tasks?view=done").get("items"))
			.anySatisfy((item) -> assertThat(item.get("businessKey").asText()).isEqualTo(tn));
	}

	@Test
	void twoDispatchersAcceptingAtTheSameMomentNeverBothSucceed() throws Exception {
		for (int round = 0; round < 5; round++) {
			String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (String dispatcher : List.of("dispatcher1", "dispatcher2")) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					SignedInClient client = client();
					try {
						together.await(30, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return client.apiPost("/api/invitations/" + tn + "/accept", dispatcher, "demo",
							write(Map.of("leadOfficer", "officer1", "secondOfficer", "officer2")));
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
				statuses.add(response.statusCode());
				if (response.statusCode() == 409) {
					assertThat(detail(response)).containsAnyOf("该任务已被他人处理", "已不在此环节", "已不在“受理邀约”环节");
				}
			}
			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
			assertThat(this.audit.ofCase(tn)).extracting(AuditEntry::action)
				.containsExactly("INVITATION_SUBMITTED", "INVITATION_ACCEPTED");
		}
	}

}
