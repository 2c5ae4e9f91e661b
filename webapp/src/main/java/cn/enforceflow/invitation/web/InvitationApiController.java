package cn.enforceflow.invitation.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.CombinedVisit;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.InvitationPage;
import cn.enforceflow.invitation.InvitationRequests;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.web.ApiBodies.Answer;
import cn.enforceflow.invitation.web.ApiBodies.ReasonRequest;
import cn.enforceflow.invitation.web.ApiBodies.SubmitRequest;
import cn.enforceflow.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static cn.enforceflow.invitation.web.InvitationAnswers.required;

/**
 * 邀约式执法检查 as JSON: the enterprise submits, follows and may withdraw its invitations;
 * everyone entitled searches and reads them, and the findings handed over. The steps are
 * {@link InvitationStepsApiController}'s.
 */
@RestController
@Tag(name = "invitations", description = "邀约式执法检查：企业邀约与撤回、受理、约定时间、检查、逐项整改与复查、评价")
class InvitationApiController {

	private final Invitations invitations;

	private final InvitationRequests requests;

	private final InvitationAnswers answers;

	InvitationApiController(Invitations invitations, InvitationRequests requests, InvitationAnswers answers) {
		this.invitations = invitations;
		this.requests = requests;
		this.answers = answers;
	}

	@PostMapping("/api/invitations")
	@Operation(summary = "企业邀约：选择部门及其已公布的检查事项、期望时间范围（明日起，最长 60 天）、地点与联系人；立即取得受理编号")
	ResponseEntity<Answer> submit(UserProfile user, @RequestBody(required = false) SubmitRequest request,
			Locale locale) {
		SubmitRequest body = required(request);
		TrackingNumber number = this.requests.submit(user,
				new NewInvitation(body.departmentCode(), body.itemCodes(), body.windowStart(), body.windowEnd(),
						body.siteAddress(), body.contactName(), body.contactPhone(), body.description()));
		return ResponseEntity.created(URI.create("/api/invitations/" + number.value()))
			.body(new Answer(number.value(), InvitationStatus.SUBMITTED,
					this.answers.message("invitation.outcome.submitted", new Object[] { number.value() }, locale)));
	}

	@GetMapping("/api/invitations")
	@Operation(summary = "我（企业）或我所在部门可见的邀约，新的在前：按受理编号或企业名称（q）、状态（status，可多个）、提交日期（from、to）、"
			+ "我参与的（mine=true）筛选，分页（page 从 0 开始，size 1–100，默认 20）")
	InvitationPage list(UserProfile user, InvitationListParameters parameters) {
		return this.invitations.search(user, parameters.search());
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

	@PostMapping("/api/invitations/{trackingNumber}/withdraw")
	@Operation(summary = "企业撤回邀约（受理前），须说明理由")
	Answer withdraw(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) ReasonRequest request, Locale locale) {
		return this.answers.answer(this.requests.withdraw(user, trackingNumber, required(request).reason()), locale);
	}

	@GetMapping("/api/findings/awaiting-exemption-assessment")
	@Operation(summary = "待转首违不罚评估的检查发现（本部门）：复查时由执法人员选择移交的未整改隐患")
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
			throw new NotFoundException("invitation.finding.notFound", id);
		}
	}

}
