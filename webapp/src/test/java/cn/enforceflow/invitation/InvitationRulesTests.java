package cn.enforceflow.invitation;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.FullApplication;
import cn.enforceflow.TestClock;
import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.deadline.Deadlines;
import cn.enforceflow.documents.PdfText;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.NewUser;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.Users;
import cn.enforceflow.notification.Notifications;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.processes.invitation.InvitationModel;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the invitation workflow, broken once: the request is refused with a
 * message that says which rule, and nothing changes; and the rules a review found wrong
 * (issue 12, 3a–3f), each with what it takes to keep it.
 */
@FullApplication
class InvitationRulesTests extends InvitationApiClient {

	@Autowired
	Users users;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	Notifications notifications;

	@Autowired
	Deadlines deadlines;

	@Autowired
	WorkingCalendar calendar;

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
		assertThat(detail(submitting(Map.of("windowStart", "2026-02-30")))).contains("windowStart", "有效日期");
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

		// whenever the test runs, officer2's certificate lapses within the year
		LocalDate lapses = this.users.profile("officer2").orElseThrow().certificate().orElseThrow().validUntil();
		String late = submit("enterprise1", lapses.plusDays(1), lapses.plusDays(20), "YJJ-JC-001");
		assertThat(detail(
				action("dispatcher1", late, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.contains("赵磊的执法证有效期至", "已失效");

		String spanning = submit("enterprise1", lapses.minusDays(10), lapses.plusDays(10), "YJJ-JC-001");
		assertThat(status(action("dispatcher1", spanning, "accept",
				Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.isEqualTo("ACCEPTED");
		assertThat(detail(action("officer1", spanning, "propose-date", Map.of("date", lapses.plusDays(2).toString()))))
			.contains("赵磊的执法证有效期至");
		assertThat(detail(action("officer1", spanning, "propose-date", Map.of("date", lapses.plusDays(11).toString()))))
			.contains("不在企业期望的时间范围内");
		assertThat(status(action("officer1", spanning, "propose-date", Map.of("date", lapses.minusDays(1).toString()))))
			.isEqualTo("DATE_PROPOSED");
	}

	/**
	 * 退回 of the date proposal puts the invitation back to the dispatcher, who accepts it
	 * again with another team; the case goes on from there.
	 */
	@Test
	void aReturnedInvitationIsAcceptedAgainWithAnotherTeam() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
		assertThat(status(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.isEqualTo("ACCEPTED");
		Task proposal = task(tn, InvitationModel.TASK_PROPOSE_VISIT_DATE);
		assertThat(post("officer1", "/api/tasks/" + proposal.getId() + "/return", Map.of("reason", "本人下周外出培训，请另行指派"))
			.statusCode()).isEqualTo(204);

		assertThat(status(get("dispatcher1", "/api/invitations/" + tn))).isEqualTo("SUBMITTED");
		Task again = task(tn, InvitationModel.TASK_ACCEPT_INVITATION);
		assertThat(again.getAssignee()).as("back to whoever accepted").isEqualTo("dispatcher1");
		assertThat(status(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer2", "secondOfficer", "officer1"))))
			.isEqualTo("ACCEPTED");
		JsonNode accepted = get("officer2", "/api/invitations/" + tn);
		assertThat(accepted.get("leadOfficer").get("username").asText()).isEqualTo("officer2");
		assertThat(task(tn, InvitationModel.TASK_PROPOSE_VISIT_DATE).getAssignee()).isEqualTo("officer2");
		assertThat(status(action("officer2", tn, "propose-date", Map.of("date", today().plusDays(2).toString()))))
			.isEqualTo("DATE_PROPOSED");
	}

	/** 3a: only certified officers of the department act on the inspection steps. */
	@Test
	void onlyOfficersCertifiedOnTheDayClaimAreGivenOrRecordAnInspection() {
		String lapsed = uncertifiedOfficer();
		String tn = scheduled();
		Task record = task(tn, InvitationModel.TASK_RECORD_INSPECTION);

		// 转办 offers the step only to officers whose certificate is valid
		JsonNode details = get("officer1", "/api/tasks/" + record.getId());
		assertThat(details.get("transferTo")).extracting((c) -> c.get("username").asText())
			.contains("officer2")
			.doesNotContain(lapsed);
		assertThat(detail(post("officer1", "/api/tasks/" + record.getId() + "/transfer",
				Map.of("userId", lapsed, "reason", "出差"))))
			.contains("只能转办给该任务所属组的同事");
		// back in the department's queue, the lapsed officer may not claim it
		assertThat(post("officer1", "/api/tasks/" + record.getId() + "/unclaim", Map.of()).statusCode()).isEqualTo(204);
		HttpResponse<String> claim = post(lapsed, "/api/tasks/" + record.getId() + "/claim", Map.of());
		assertThat(claim.statusCode()).isEqualTo(403);
		assertThat(detail(claim)).contains("须由持有效执法证的执法人员办理");
		assertThat(post("officer1", "/api/tasks/" + record.getId() + "/claim", Map.of()).statusCode()).isEqualTo(204);

		// whoever inspected must have been certified on the day
		TestClock.travelTo(visitDateOf(tn));
		HttpResponse<String> withLapsed = action("officer1", tn, "inspection",
				Map.of("inspectors", List.of("officer1", lapsed), "findings", compliantItems()));
		assertThat(withLapsed.statusCode()).isEqualTo(400);
		assertThat(detail(withLapsed)).contains("执法证有效期至", "已失效");
		HttpResponse<String> notThere = action("officer1", tn, "inspection",
				Map.of("inspectors", List.of("officer2", "dispatcher1"), "findings", compliantItems()));
		assertThat(detail(notThere)).contains("未参加本次检查");
		assertThat(status(get("officer1", "/api/invitations/" + tn))).isEqualTo("SCHEDULED");

		assertThat(status(action("officer1", tn, "inspection", Map.of("findings", compliantItems()))))
			.isEqualTo("RATING");
		JsonNode inspected = get("officer1", "/api/invitations/" + tn);
		assertThat(inspected.get("inspectors")).extracting((i) -> i.get("username").asText())
			.containsExactly("officer1", "officer2");
		String record1 = documentOf(tn, "INSPECTION_RECORD");
		assertThat(record1).contains("刘洋", "赵磊", "32080020260001", "32080020260002");
	}

	/**
	 * 3b: a rectified hazard is never handed over; hand-over only at verification, by
	 * choice.
	 */
	@Test
	void aHazardIsHandedOverOnlyAtVerificationByTheOfficersChoiceAndNeverWhenRectified() {
		String tn = scheduled();
		TestClock.travelTo(visitDateOf(tn));
		action("officer1", tn, "inspection", Map.of("findings",
				List.of(hazard("YJJ-JC-001", "MAJOR", null, true), hazard("YJJ-JC-006", "GENERAL", null, false))));
		// the note of a suspected violation is for the verifier, not a hand-over
		assertThat(awaitingAssessment()).doesNotContain(tn);
		assertThat(
				get("officer1", "/api/invitations/" + tn).get("findings").get(0).get("suspectedViolation").asBoolean())
			.isTrue();

		reportBoth(tn, 1);
		HttpResponse<String> rectifiedHandedOver = action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", true, "handOver", true))));
		assertThat(rectifiedHandedOver.statusCode()).isEqualTo(400);
		assertThat(detail(rectifiedHandedOver)).contains("已整改到位，不移交处罚");
		HttpResponse<String> noReason = action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false, "handOver", true))));
		assertThat(detail(noReason)).contains("须写明", "违法事实");

		// the 重大隐患 left unrectified is handed over by choice; the 一般 one is sent back
		assertThat(status(action("officer1", tn, "verification",
				Map.of("items",
						List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false, "handOver", true, "reason",
								"储罐区未设置可燃气体报警装置，涉嫌违反《危险化学品安全管理条例》第二十条"),
								Map.of("itemCode", "YJJ-JC-006", "accepted", false, "reason", "仍未整改", "newDeadline",
										today().plusDays(5).toString()))))))
			.isEqualTo("RECTIFYING");
		assertThat(awaitingAssessment()).contains(tn);
		long told = notificationsOfHandOver("head1", tn);
		assertThat(told).isEqualTo(1);

		// the 一般 hazard not rectified after its two send-backs is not handed over by
		// itself
		for (int round = 2; round <= 3; round++) {
			action("enterprise1", tn, "rectification",
					Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-006", "description", "第" + round + "次整改"))));
			action("officer1", tn, "verification", Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-006", "accepted",
					false, "reason", "仍未整改", "newDeadline", today().plusDays(5 + round).toString()))));
		}
		JsonNode findings = get("officer1", "/api/invitations/" + tn).get("findings");
		assertThat(findings.get(1).get("status").asText()).isEqualTo("NOT_RECTIFIED");
		assertThat(findings.get(1).get("handover").isNull()).isTrue();
		assertThat(findings.get(1).get("rounds").asInt()).isEqualTo(2);
		assertThat(findings.get(0).get("handover").asText()).isEqualTo("AWAITING_ASSESSMENT");
		assertThat(status(get("officer1", "/api/invitations/" + tn))).isEqualTo("RATING");
		// a finding handed over once is never notified again
		assertThat(notificationsOfHandOver("head1", tn)).isEqualTo(told);

		// an officer registers the first-violation case from it: facts from the finding,
		// the finding links to the case and waits no more; it is taken up only once
		long findingId = findings.get(0).get("id").asLong();
		Map<String, Object> fromFinding = new HashMap<>();
		fromFinding.put("findingId", findingId);
		fromFinding.put("matterCode", "YJ-SW-001");
		fromFinding.put("secondOfficer", "officer2");
		fromFinding.put("violationOn", today().toString());
		fromFinding.put("harm", "MINOR");
		fromFinding.put("corrected", false);
		HttpResponse<String> registered = post("officer1", "/api/exemptions", fromFinding);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		JsonNode exemption = read(registered);
		assertThat(exemption.get("facts").asText()).contains("可燃气体报警装置");
		assertThat(exemption.get("enterpriseCreditCode").asText()).isEqualTo("91320804746832153E");
		JsonNode takenUp = get("officer1", "/api/findings/" + findingId);
		assertThat(takenUp.get("handover").asText()).isEqualTo("TAKEN_UP");
		assertThat(takenUp.get("exemptionCase").asText()).isEqualTo(exemption.get("caseNumber").asText());
		assertThat(awaitingAssessment()).doesNotContain(tn);
		assertThat(detail(post("officer1", "/api/exemptions", fromFinding))).contains("未移交首违不罚评估");
	}

	/** 3c: the rating is optional; its period ending closes the case as 未评价. */
	@Test
	void tenWorkingDaysWithoutARatingCloseTheCaseUnratedWithoutABreachOrANotice() {
		String tn = scheduled();
		TestClock.travelTo(visitDateOf(tn));
		assertThat(status(action("officer1", tn, "inspection", Map.of("findings", compliantItems()))))
			.isEqualTo("RATING");
		Task rating = task(tn, InvitationModel.TASK_RATE_SERVICE);
		long supervisorNotices = this.notifications.recent("supervisor1", 1000).size();

		Job expiry = this.management.createJobQuery()
			.processInstanceId(rating.getProcessInstanceId())
			.activityId(InvitationModel.TIMER_RATING_EXPIRED)
			.singleResult();
		assertThat(expiry).as("the rating's expiry").isNotNull();
		assertThat(this.management.createJobQuery()
			.processInstanceId(rating.getProcessInstanceId())
			.activityId(InvitationModel.Step.RATING.overdueTimer())
			.count()).as("no breach timer on the rating").isZero();
		TestClock.travelTo(expiry.getDuedate().toInstant().plusSeconds(60));
		this.management.executeJob(expiry.getId());

		JsonNode closed = get("enterprise1", "/api/invitations/" + tn);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("ratingState").asText()).isEqualTo("EXPIRED");
		assertThat(closed.get("ratingScore").isNull()).isTrue();
		assertThat(this.deadlines.breach(rating.getId())).isEmpty();
		assertThat(this.notifications.recent("supervisor1", 1000)).hasSize((int) supervisorNotices);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count()).isZero();
		assertThat(this.audit.ofCase(tn)).extracting((e) -> e.action()).contains("INVITATION_CLOSED_UNRATED");
	}

	/**
	 * 3d: each hazard has its own deadline, report, verification, rounds and breaches.
	 */
	@Test
	void eachHazardHasItsOwnDeadlineIsReportedAndVerifiedOnItsOwnAndBreachesOnItsOwn() {
		String tn = scheduled();
		LocalDate visit = visitDateOf(tn);
		TestClock.travelTo(visit);
		LocalDate set = today().plusDays(4);
		action("officer1", tn, "inspection", Map.of("findings",
				List.of(hazard("YJJ-JC-001", "GENERAL", null, false), hazard("YJJ-JC-006", "GENERAL", set, false))));
		JsonNode findings = get("officer1", "/api/invitations/" + tn).get("findings");
		// left empty: 15 working days after the day the inspection was held
		assertThat(LocalDate.parse(findings.get(0).get("deadline").asText()))
			.isEqualTo(this.calendar.addWorkingDays(visit, 15));
		assertThat(LocalDate.parse(findings.get(1).get("deadline").asText())).isEqualTo(set);
		List<Task> reports = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(tn)
			.taskDefinitionKey(InvitationModel.TASK_REPORT_RECTIFICATION)
			.list();
		assertThat(reports).hasSize(2);
		assertThat(reports).extracting((t) -> LocalDate.ofInstant(t.getDueDate().toInstant(), WorkingCalendar.ZONE))
			.containsExactlyInAnyOrder(this.calendar.addWorkingDays(visit, 15), set);

		// one hazard reported, verified and sent back on its own; the other waits
		assertThat(status(action("enterprise1", tn, "rectification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-006", "description", "已张贴警示标志"))))))
			.isEqualTo("RECTIFYING");
		assertThat(status(action("officer1", tn, "verification", Map.of("items", List.of(Map.of("itemCode",
				"YJJ-JC-006", "accepted", false, "reason", "位置不醒目", "newDeadline", today().plusDays(6).toString()))))))
			.isEqualTo("RECTIFYING");

		// the first hazard's report falls due: its breach only
		Task first = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(tn)
			.taskDefinitionKey(InvitationModel.TASK_REPORT_RECTIFICATION)
			.list()
			.stream()
			.filter((t) -> LocalDate.ofInstant(t.getDueDate().toInstant(), WorkingCalendar.ZONE)
				.equals(this.calendar.addWorkingDays(visit, 15)))
			.findFirst()
			.orElseThrow();
		Task second = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(tn)
			.taskDefinitionKey(InvitationModel.TASK_REPORT_RECTIFICATION)
			.list()
			.stream()
			.filter((t) -> !t.getId().equals(first.getId()))
			.findFirst()
			.orElseThrow();
		Job overdue = this.management.createJobQuery()
			.processInstanceId(first.getProcessInstanceId())
			.activityId(InvitationModel.Step.RECTIFICATION_REPORT.overdueTimer())
			.list()
			.stream()
			.filter((job) -> LocalDate.ofInstant(job.getDuedate().toInstant(), WorkingCalendar.ZONE)
				.equals(this.calendar.addWorkingDays(visit, 15)))
			.findFirst()
			.orElseThrow();
		TestClock.travelTo(overdue.getDuedate().toInstant().plusSeconds(60));
		this.management.executeJob(overdue.getId());
		assertThat(this.deadlines.breach(first.getId())).isPresent();
		assertThat(this.deadlines.breach(second.getId())).isEmpty();
	}

	/**
	 * 3e: the day the inspection was held, or another with a reason, never one to come.
	 */
	@Test
	void theInspectionIsRecordedOnTheAgreedDayOrAnotherDayWithAReasonButNeverAheadAndMovingTheVisitRetimesIt() {
		String tn = scheduled();
		LocalDate visit = visitDateOf(tn);
		HttpResponse<String> ahead = action("officer1", tn, "inspection", Map.of("findings", compliantItems()));
		assertThat(ahead.statusCode()).isEqualTo(400);
		assertThat(detail(ahead)).contains("尚未到来");
		HttpResponse<String> future = action("officer1", tn, "inspection",
				Map.of("inspectedOn", visit.plusDays(1).toString(), "findings", compliantItems()));
		assertThat(detail(future)).contains("不能晚于今天");

		// moved by agreement before it happens: the record is due 3 working days after
		// the new day
		LocalDate moved = visit.plusDays(3);
		assertThat(detail(action("officer1", tn, "move-visit", Map.of("visitDate", moved.toString()))))
			.contains("改期的理由");
		assertThat(status(action("officer1", tn, "move-visit",
				Map.of("visitDate", moved.toString(), "reason", "企业负责人出差，电话协商改期"))))
			.isEqualTo("SCHEDULED");
		Task record = task(tn, InvitationModel.TASK_RECORD_INSPECTION);
		assertThat(record.getAssignee()).isEqualTo("officer1");
		assertThat(LocalDate.ofInstant(record.getDueDate().toInstant(), WorkingCalendar.ZONE))
			.isEqualTo(this.calendar.addWorkingDays(moved, 3));

		// held a day earlier than agreed, by telephone: only with the reason, which the
		// record shows
		TestClock.travelTo(moved.minusDays(1));
		HttpResponse<String> noReason = action("officer1", tn, "inspection",
				Map.of("inspectedOn", today().toString(), "findings", compliantItems()));
		assertThat(detail(noReason)).contains("与约定日期", "不同，请说明原因");
		assertThat(status(action("officer1", tn, "inspection", Map.of("inspectedOn", today().toString(),
				"dateChangeReason", "企业生产安排调整，经电话协商提前一天", "findings", compliantItems()))))
			.isEqualTo("RATING");
		JsonNode inspected = get("enterprise1", "/api/invitations/" + tn);
		assertThat(inspected.get("inspectedOn").asText()).isEqualTo(moved.minusDays(1).toString());
		assertThat(documentOf(tn, "INSPECTION_RECORD")).contains("经电话协商提前一天");
	}

	/** 3f: the visit date needs the enterprise's consent. */
	@Test
	void theVisitDateIsAgreedWithTheEnterpriseOrTheInvitationClosesAsNotAgreed() {
		String tn = accepted();
		Task proposal = task(tn, InvitationModel.TASK_PROPOSE_VISIT_DATE);
		LocalDate schedulingDue = LocalDate.ofInstant(proposal.getDueDate().toInstant(), WorkingCalendar.ZONE);
		assertThat(schedulingDue).as("scheduling as a whole: 5 working days after acceptance")
			.isEqualTo(this.calendar.addWorkingDays(today(), 5));
		action("officer1", tn, "propose-date", Map.of("date", today().plusDays(2).toString()));
		assertThat(status(action("enterprise1", tn, "confirm-date",
				Map.of("accepted", false, "alternativeDate", today().plusDays(3).toString()))))
			.isEqualTo("COUNTER_PROPOSED");
		assertThat(get("officer1", "/api/invitations/" + tn).get("counterDate").asText())
			.isEqualTo(today().plusDays(3).toString());
		Task answer = task(tn, InvitationModel.TASK_ANSWER_COUNTER_PROPOSAL);
		assertThat(answer.getAssignee()).isEqualTo("officer1");
		assertThat(LocalDate.ofInstant(answer.getDueDate().toInstant(), WorkingCalendar.ZONE)).isEqualTo(schedulingDue);

		// the officer proposes another date; the enterprise may now only confirm or
		// decline
		assertThat(status(action("officer1", tn, "counter-proposal",
				Map.of("adopt", false, "date", today().plusDays(4).toString()))))
			.isEqualTo("DATE_PROPOSED");
		assertThat(detail(action("enterprise1", tn, "confirm-date",
				Map.of("accepted", false, "alternativeDate", today().plusDays(5).toString()))))
			.contains("另提日期只能一次");
		assertThat(detail(action("enterprise1", tn, "confirm-date", Map.of("accepted", false))))
			.contains("不同意该检查日期的理由");
		assertThat(status(action("enterprise1", tn, "confirm-date", Map.of("accepted", false, "reason", "该日停产检修"))))
			.isEqualTo("NOT_AGREED");
		JsonNode notAgreed = get("enterprise1", "/api/invitations/" + tn);
		assertThat(notAgreed.get("closeReason").asText()).isEqualTo("该日停产检修");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count()).isZero();

		// the other way: the officer takes the enterprise's date
		String adopted = accepted();
		action("officer1", adopted, "propose-date", Map.of("date", today().plusDays(2).toString()));
		action("enterprise1", adopted, "confirm-date",
				Map.of("accepted", false, "alternativeDate", today().plusDays(3).toString()));
		assertThat(status(action("officer1", adopted, "counter-proposal", Map.of("adopt", true))))
			.isEqualTo("SCHEDULED");
		assertThat(visitDateOf(adopted)).isEqualTo(today().plusDays(3));

		// or finds no date can be agreed
		String none = accepted();
		assertThat(detail(action("officer1", none, "not-agreed", Map.of()))).contains("无法约定检查时间的理由");
		assertThat(status(action("officer1", none, "not-agreed", Map.of("reason", "期望时间内检查组均有任务"))))
			.isEqualTo("NOT_AGREED");
	}

	@Test
	void aSendBackNeedsAReasonAndANewDeadline() {
		String tn = scheduled();
		TestClock.travelTo(visitDateOf(tn));
		action("officer1", tn, "inspection", Map.of("findings",
				List.of(hazard("YJJ-JC-001", "MAJOR", today().plusDays(5), false), compliant("YJJ-JC-006"))));
		action("enterprise1", tn, "rectification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "description", "已整改"))));
		assertThat(detail(action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false, "reason", "不到位"))))))
			.contains("设定新的整改期限");
		assertThat(detail(action("officer1", tn, "verification",
				Map.of("items", List.of(Map.of("itemCode", "YJJ-JC-001", "accepted", false))))))
			.contains("未整改到位的情况");
		assertThat(detail(action("enterprise1", tn, "rating", Map.of("score", 9)))).contains("已不在此环节");
	}

	@Test
	void theEnterpriseWithdrawsUntilTheInvitationIsAccepted() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
		assertThat(action("dispatcher1", tn, "withdraw", Map.of("reason", "不需要了")).statusCode()).isEqualTo(403);
		assertThat(detail(action("enterprise1", tn, "withdraw", Map.of()))).contains("撤回的理由");
		assertThat(status(action("enterprise1", tn, "withdraw", Map.of("reason", "已自行完成自查")))).isEqualTo("WITHDRAWN");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(tn).count()).isZero();
		assertThat(get("dispatcher1", "/api/tasks?view=group&size=100").toString()).doesNotContain(tn);

		String taken = accepted();
		HttpResponse<String> late = action("enterprise1", taken, "withdraw", Map.of("reason", "不需要了"));
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(detail(late)).contains("已受理或已办结，不能撤回");
	}

	/** The API's binding is strict: what it accepts is exactly what it stores. */
	@Test
	void malformedValuesAreRefusedFieldByFieldAndTextsAreCountedInCharacters() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001");
		assertThat(fieldError(submitting(Map.of("itemCodes", java.util.Arrays.asList("YJJ-JC-001", null)))))
			.isEqualTo("itemCodes[1]");
		assertThat(fieldError(action("dispatcher1", tn, "decline", Map.of("reason", 42)))).isEqualTo("reason");
		// an unpaired surrogate, written as JSON's escape: no database could store it as
		// sent
		assertThat(fieldError(client().apiPost("/api/invitations/" + tn + "/decline", "dispatcher1", "demo",
				"{\"reason\":\"\\ud800 不要\"}")))
			.isEqualTo("reason");
		assertThat(fieldError(submitting(Map.of("windowEnd", "+999999999-12-31")))).isEqualTo("windowEnd");
		assertThat(fieldError(submitting(Map.of("windowEnd", "9999-12-31")))).isEqualTo("windowEnd");

		// 500 characters of emoji are 500 characters, stored whole on every database
		String reason = "🚧".repeat(500);
		assertThat(detail(action("dispatcher1", tn, "decline", Map.of("reason", reason + "🚧")))).contains("500");
		assertThat(status(action("dispatcher1", tn, "decline", Map.of("reason", reason)))).isEqualTo("DECLINED");
		assertThat(get("enterprise1", "/api/invitations/" + tn).get("declineReason").asText()).isEqualTo(reason);

		String scheduled = scheduled();
		assertThat(fieldError(action("enterprise1", accepted(), "confirm-date", Map.of("accepted", 123))))
			.isEqualTo("accepted");
		TestClock.travelTo(visitDateOf(scheduled));
		assertThat(fieldError(action("officer1", scheduled, "inspection",
				Map.of("findings", java.util.Arrays.asList(compliant("YJJ-JC-001"), null)))))
			.isEqualTo("findings[1]");
	}

	// fixtures, through the API as the people of the workflow would

	/** An invitation of two items, accepted by dispatcher1 for officer1 and officer2. */
	private String accepted() {
		String tn = submit("enterprise1", today().plusDays(1), today().plusDays(10), "YJJ-JC-001", "YJJ-JC-006");
		assertThat(status(
				action("dispatcher1", tn, "accept", Map.of("leadOfficer", "officer1", "secondOfficer", "officer2"))))
			.isEqualTo("ACCEPTED");
		return tn;
	}

	/** The same, with the visit agreed for tomorrow. */
	private String scheduled() {
		String tn = accepted();
		action("officer1", tn, "propose-date", Map.of("date", today().plusDays(1).toString()));
		assertThat(status(action("enterprise1", tn, "confirm-date", Map.of("accepted", true)))).isEqualTo("SCHEDULED");
		return tn;
	}

	private void reportBoth(String tn, int round) {
		assertThat(status(action("enterprise1", tn, "rectification",
				Map.of("items",
						List.of(Map.of("itemCode", "YJJ-JC-001", "description", "第" + round + "次整改"),
								Map.of("itemCode", "YJJ-JC-006", "description", "第" + round + "次整改"))))))
			.isEqualTo("VERIFYING");
	}

	/** An officer of 应急管理局 whose certificate lapsed yesterday. */
	private String uncertifiedOfficer() {
		String username = "lapsed" + Math.abs(System.nanoTime() % 100000);
		this.users.register(new NewUser(username, "钱过期", "demo", Set.of(Role.OFFICER),
				Optional.of(DepartmentCode.of("YJJ")), Optional.empty(),
				Optional.of(new EnforcementCertificate("32080020269999", today().minusDays(1))), Optional.empty()));
		return username;
	}

	private LocalDate visitDateOf(String tn) {
		return LocalDate.parse(get("officer1", "/api/invitations/" + tn).get("visitDate").asText());
	}

	private Task task(String tn, String taskKey) {
		return this.tasks.createTaskQuery().processInstanceBusinessKey(tn).taskDefinitionKey(taskKey).singleResult();
	}

	private String documentOf(String tn, String type) {
		for (JsonNode document : get("enterprise1", "/api/cases/" + tn + "/documents")) {
			if (type.equals(document.get("type").asText())) {
				return PdfText
					.of(client().apiBytes("/api/documents/" + document.get("id").asText(), "enterprise1", "demo")
						.body());
			}
		}
		throw new AssertionError("no " + type + " in " + tn);
	}

	private String awaitingAssessment() {
		return get("officer1", "/api/findings/awaiting-exemption-assessment").toString();
	}

	private long notificationsOfHandOver(String username, String tn) {
		return this.notifications.recent(username, 1000)
			.stream()
			.filter((n) -> n.kind().equals("FINDINGS_HANDED_OVER") && n.arguments().contains(tn))
			.count();
	}

	private String fieldError(HttpResponse<String> problem) {
		assertThat(problem.statusCode()).as(problem.body()).isEqualTo(400);
		return read(problem).get("errors").get(0).get("field").asText();
	}

	private HttpResponse<String> submitting(Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>(Map.of("departmentCode", "YJJ", "itemCodes", List.of("YJJ-JC-001"),
				"windowStart", today().plusDays(1).toString(), "windowEnd", today().plusDays(10).toString(),
				"siteAddress", "淮阴区化工园区经三路16号", "contactName", "王建国", "contactPhone", "13905170001"));
		body.putAll(changes);
		return post("enterprise1", "/api/invitations", body);
	}

	private static List<Map<String, Object>> compliantItems() {
		return List.of(compliant("YJJ-JC-001"), compliant("YJJ-JC-006"));
	}

	private static Map<String, Object> compliant(String item) {
		return Map.of("itemCode", item, "compliant", true);
	}

	private static Map<String, Object> hazard(String item, String level, LocalDate deadline, boolean suspected) {
		Map<String, Object> hazard = new HashMap<>(Map.of("description", "应急预案未演练", "level", level, "legalBasis",
				"《生产安全事故应急条例》第八条", "advice", "组织一次综合演练"));
		if (deadline != null) {
			hazard.put("deadline", deadline.toString());
		}
		return Map.of("itemCode", item, "compliant", false, "hazard", hazard, "suspectedViolation", suspected);
	}

}
