package cn.enforceflow.invitation.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.CombinedVisit;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InvitationSummary;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.Verification;
import cn.enforceflow.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 邀约式执法检查 as JSON: the enterprise submits and follows its invitations, the department
 * acts on them step by step. Each action completes the step's task; an action out of turn
 * is a 409 problem. Dates are ISO dates ({@code 2026-12-03}).
 */
@RestController
@Tag(name = "invitations", description = "邀约式执法检查：企业邀约、受理、约定时间、检查、整改、复查、评价")
class InvitationApiController {

	private final Invitations invitations;

	InvitationApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/api/invitations")
	@Operation(summary = "企业邀约：选择部门及其已公布的检查事项、期望时间范围（明日起，最长 60 天）、地点与联系人；立即取得受理编号")
	ResponseEntity<Answer> submit(UserProfile user, @RequestBody(required = false) SubmitRequest request) {
		SubmitRequest body = required(request);
		TrackingNumber number = this.invitations.submit(user,
				new NewInvitation(body.departmentCode(), body.itemCodes(), date("windowStart", body.windowStart()),
						date("windowEnd", body.windowEnd()), body.siteAddress(), body.contactName(),
						body.contactPhone(), body.description()));
		return ResponseEntity.created(URI.create("/api/invitations/" + number.value()))
			.body(new Answer(number.value(), InvitationStatus.SUBMITTED));
	}

	@GetMapping("/api/invitations")
	@Operation(summary = "我（企业）或我所在部门的邀约，新的在前")
	List<InvitationSummary> list(UserProfile user) {
		return this.invitations.list(user);
	}

	@GetMapping("/api/invitations/{trackingNumber}")
	@Operation(summary = "一项邀约的全部情况：请求、受理、检查组、检查时间、逐项检查结果、整改与复查、评价")
	InvitationView find(UserProfile user, @PathVariable String trackingNumber) {
		return this.invitations.find(user, trackingNumber);
	}

	@GetMapping("/api/invitations/{trackingNumber}/combined-visit")
	@Operation(summary = "综合查一次：该企业在各部门的其他未办结邀约与已约定检查，以及本年度被检查次数")
	CombinedVisit combinedVisit(UserProfile user, @PathVariable String trackingNumber) {
		return this.invitations.combinedVisit(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/accept")
	@Operation(summary = "受理：指派主办与协办执法人员（本部门、持有效执法证）")
	Answer accept(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) AcceptRequest request) {
		AcceptRequest body = required(request);
		this.invitations.accept(user, trackingNumber, body.leadOfficer(), body.secondOfficer());
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/decline")
	@Operation(summary = "不予受理，须说明理由")
	Answer decline(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) ReasonRequest request) {
		this.invitations.decline(user, trackingNumber, required(request).reason());
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/propose-date")
	@Operation(summary = "拟定检查时间：企业期望时间范围内的日期")
	Answer proposeDate(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) DateRequest request) {
		this.invitations.proposeDate(user, trackingNumber, date("date", required(request).date()));
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/confirm-date")
	@Operation(summary = "企业确认检查时间，或另提一次日期")
	Answer confirmDate(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) ConfirmRequest request) {
		ConfirmRequest body = required(request);
		this.invitations.confirmDate(user, trackingNumber, body.accepted(),
				date("alternativeDate", body.alternativeDate()));
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/inspection")
	@Operation(summary = "记录检查结果：每一检查事项合规，或隐患（描述、一般/重大、法律依据、整改建议、整改期限）；可标记疑似违法待转首违不罚评估")
	Answer inspection(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) InspectionRequest request) {
		InspectionRequest body = required(request);
		List<Inspection.Finding> findings = (body.findings() != null) ? body.findings()
			.stream()
			.map((finding) -> new Inspection.Finding(finding.itemCode(), finding.compliant(),
					(finding.hazard() != null) ? hazard(finding.hazard()) : null,
					Boolean.TRUE.equals(finding.suspectedViolation())))
			.toList() : List.of();
		this.invitations.recordInspection(user, trackingNumber,
				new Inspection(date("inspectedOn", body.inspectedOn()), findings));
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/rectification")
	@Operation(summary = "企业逐项报告隐患整改情况，可附佐证材料")
	Answer rectification(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) RectificationRequest request) {
		RectificationRequest body = required(request);
		List<Rectification> items = (body.items() != null) ? body.items()
			.stream()
			.map((item) -> new Rectification(item.itemCode(), item.description(), item.attachmentIds()))
			.toList() : List.of();
		this.invitations.reportRectification(user, trackingNumber, items);
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/verification")
	@Operation(summary = "复查：逐项整改到位，或退回重新整改（理由、新的整改期限；最多退回两次）")
	Answer verification(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) VerificationRequest request) {
		VerificationRequest body = required(request);
		List<Verification> items = (body.items() != null) ? body.items()
			.stream()
			.map((item) -> new Verification(item.itemCode(), item.accepted(), item.reason(),
					date("newDeadline", item.newDeadline())))
			.toList() : List.of();
		this.invitations.verify(user, trackingNumber, items);
		return answer(user, trackingNumber);
	}

	@PostMapping("/api/invitations/{trackingNumber}/rating")
	@Operation(summary = "评价服务：1–5 分与意见；不给分即不评价并办结")
	Answer rating(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) RatingRequest request) {
		RatingRequest body = required(request);
		this.invitations.rate(user, trackingNumber, body.score(), body.comment());
		return answer(user, trackingNumber);
	}

	@GetMapping("/api/findings/awaiting-exemption-assessment")
	@Operation(summary = "待转首违不罚评估的检查发现（本部门）")
	List<FindingView> awaitingAssessment(UserProfile user) {
		return this.invitations.awaitingExemptionAssessment(user);
	}

	@GetMapping("/api/findings/{id}")
	@Operation(summary = "一项检查发现：事实、法律依据、整改与复查经过")
	FindingView finding(UserProfile user, @PathVariable String id) {
		try {
			return this.invitations.finding(user, Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			throw new cn.enforceflow.platform.NotFoundException("invitation.finding.notFound", id);
		}
	}

	private Answer answer(UserProfile user, String trackingNumber) {
		return new Answer(trackingNumber, this.invitations.find(user, trackingNumber).status());
	}

	private static Inspection.Hazard hazard(HazardRequest hazard) {
		HazardLevel level = null;
		if (hazard.level() != null && !hazard.level().isBlank()) {
			try {
				level = HazardLevel.valueOf(hazard.level().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new BusinessRuleException("invitation.api.level", hazard.level());
			}
		}
		return new Inspection.Hazard(hazard.description(), level, hazard.legalBasis(), hazard.advice(),
				date("deadline", hazard.deadline()));
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException("invitation.api.date", field, value);
		}
	}

	private static <T> T required(T body) {
		if (body == null) {
			throw new BusinessRuleException("invitation.api.body");
		}
		return body;
	}

	/** Where an invitation stands after an action. */
	record Answer(String trackingNumber, InvitationStatus status) {

	}

	record SubmitRequest(String departmentCode, List<String> itemCodes, String windowStart, String windowEnd,
			String siteAddress, String contactName, String contactPhone, String description) {

	}

	record AcceptRequest(String leadOfficer, String secondOfficer) {

	}

	record ReasonRequest(String reason) {

	}

	record DateRequest(String date) {

	}

	record ConfirmRequest(Boolean accepted, String alternativeDate) {

	}

	record InspectionRequest(String inspectedOn, List<FindingRequest> findings) {

	}

	record FindingRequest(String itemCode, Boolean compliant, HazardRequest hazard, Boolean suspectedViolation) {

	}

	record HazardRequest(String description, String level, String legalBasis, String advice, String deadline) {

	}

	record RectificationRequest(List<RectificationItem> items) {

	}

	record RectificationItem(String itemCode, String description, List<String> attachmentIds) {

	}

	record VerificationRequest(List<VerificationItem> items) {

	}

	record VerificationItem(String itemCode, Boolean accepted, String reason, String newDeadline) {

	}

	record RatingRequest(Integer score, String comment) {

	}

}
