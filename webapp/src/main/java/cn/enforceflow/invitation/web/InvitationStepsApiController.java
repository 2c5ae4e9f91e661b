package cn.enforceflow.invitation.web;

import java.util.List;
import java.util.Locale;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.HazardLevel;
import cn.enforceflow.invitation.Inspection;
import cn.enforceflow.invitation.InspectionRecords;
import cn.enforceflow.invitation.InvitationAcceptance;
import cn.enforceflow.invitation.Rectification;
import cn.enforceflow.invitation.RectificationChecks;
import cn.enforceflow.invitation.RectificationReports;
import cn.enforceflow.invitation.ServiceRatings;
import cn.enforceflow.invitation.Verification;
import cn.enforceflow.invitation.VisitScheduling;
import cn.enforceflow.invitation.web.ApiBodies.AcceptRequest;
import cn.enforceflow.invitation.web.ApiBodies.Answer;
import cn.enforceflow.invitation.web.ApiBodies.ConfirmRequest;
import cn.enforceflow.invitation.web.ApiBodies.CounterProposalAnswer;
import cn.enforceflow.invitation.web.ApiBodies.DateRequest;
import cn.enforceflow.invitation.web.ApiBodies.FindingRequest;
import cn.enforceflow.invitation.web.ApiBodies.HazardRequest;
import cn.enforceflow.invitation.web.ApiBodies.InspectionRequest;
import cn.enforceflow.invitation.web.ApiBodies.MoveRequest;
import cn.enforceflow.invitation.web.ApiBodies.RatingRequest;
import cn.enforceflow.invitation.web.ApiBodies.ReasonRequest;
import cn.enforceflow.invitation.web.ApiBodies.RectificationItem;
import cn.enforceflow.invitation.web.ApiBodies.RectificationRequest;
import cn.enforceflow.invitation.web.ApiBodies.SubmitRequest;
import cn.enforceflow.invitation.web.ApiBodies.VerificationItem;
import cn.enforceflow.invitation.web.ApiBodies.VerificationRequest;
import cn.enforceflow.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static cn.enforceflow.invitation.web.InvitationAnswers.required;

/**
 * The department's and the enterprise's steps of an invitation as JSON, one action per
 * step: each completes the step's task and answers where the invitation stands and what
 * comes next; an action out of turn is a 409 problem. Dates are ISO dates
 * ({@code 2026-12-03}); types are strict (a number is not a text, a fraction not a whole
 * number, {@code null} not an item of a list).
 */
@RestController
@Tag(name = "invitations")
class InvitationStepsApiController {

	private final InvitationAcceptance acceptance;

	private final VisitScheduling scheduling;

	private final InspectionRecords inspections;

	private final RectificationReports reports;

	private final RectificationChecks checks;

	private final ServiceRatings ratings;

	private final InvitationAnswers answers;

	InvitationStepsApiController(InvitationAcceptance acceptance, VisitScheduling scheduling,
			InspectionRecords inspections, RectificationReports reports, RectificationChecks checks,
			ServiceRatings ratings, InvitationAnswers answers) {
		this.acceptance = acceptance;
		this.scheduling = scheduling;
		this.inspections = inspections;
		this.reports = reports;
		this.checks = checks;
		this.ratings = ratings;
		this.answers = answers;
	}

	@PostMapping("/api/invitations/{trackingNumber}/accept")
	@Operation(summary = "受理：指派主办与协办执法人员（本部门、持有效执法证），可记录合并检查的该企业其他未办结邀约（combinedWith）")
	Answer accept(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) AcceptRequest request, Locale locale) {
		AcceptRequest body = required(request);
		return this.answers.answer(this.acceptance.accept(user, trackingNumber, body.leadOfficer(),
				body.secondOfficer(), (body.combinedWith() != null) ? body.combinedWith() : List.of()), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/decline")
	@Operation(summary = "不予受理，须说明理由")
	Answer decline(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) ReasonRequest request, Locale locale) {
		return this.answers.answer(this.acceptance.decline(user, trackingNumber, required(request).reason()), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/propose-date")
	@Operation(summary = "拟定检查时间：企业期望时间范围内、明日起的日期，检查组均须持当日有效的执法证")
	Answer proposeDate(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) DateRequest request, Locale locale) {
		return this.answers.answer(this.scheduling.proposeDate(user, trackingNumber, required(request).date()), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/confirm-date")
	@Operation(summary = "企业确认检查时间（accepted=true）；首次可另提一个日期（accepted=false、alternativeDate）；"
			+ "另提日期后检查组另拟的日期，企业可不同意（accepted=false、reason），以未约定办结")
	Answer confirmDate(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) ConfirmRequest request, Locale locale) {
		ConfirmRequest body = required(request);
		return this.answers.answer(this.scheduling.confirmDate(user, trackingNumber, body.accepted(),
				body.alternativeDate(), body.reason()), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/counter-proposal")
	@Operation(summary = "回复企业另提的日期：采纳（adopt=true），或另拟日期请企业确认（adopt=false、date）")
	Answer answerCounterProposal(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) CounterProposalAnswer request, Locale locale) {
		CounterProposalAnswer body = required(request);
		return this.answers
			.answer(this.scheduling.answerCounterProposal(user, trackingNumber, body.adopt(), body.date()), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/not-agreed")
	@Operation(summary = "未约定：主办人员认定无法约定检查时间，须说明理由，邀约以未约定办结")
	Answer notAgreed(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) ReasonRequest request, Locale locale) {
		return this.answers.answer(this.scheduling.notAgreed(user, trackingNumber, required(request).reason()), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/move-visit")
	@Operation(summary = "变更检查日期：检查前经与企业协商（如电话约定）改期，须说明理由；检查记录期限自新日期起算")
	Answer moveVisit(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) MoveRequest request, Locale locale) {
		MoveRequest body = required(request);
		return this.answers.answer(this.scheduling.moveVisit(user, trackingNumber, body.visitDate(), body.reason()),
				locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/inspection")
	@Operation(summary = "记录检查结果：检查日期（inspectedOn，默认为约定日期；不同则须 dateChangeReason，不能晚于今天）、"
			+ "实际检查人员（inspectors，默认检查组，至少两人且含记录人）、每一检查事项合规或隐患"
			+ "（描述、一般/重大、法律依据、整改建议、整改期限，默认检查日起 15 个工作日）；疑似违法仅为提示复查人员")
	Answer inspection(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) InspectionRequest request, Locale locale) {
		InspectionRequest body = required(request);
		List<Inspection.Finding> findings = (body.findings() != null) ? body.findings()
			.stream()
			.map((finding) -> new Inspection.Finding(finding.itemCode(), finding.compliant(),
					(finding.hazard() != null) ? hazard(finding.hazard()) : null,
					Boolean.TRUE.equals(finding.suspectedViolation())))
			.toList() : List.of();
		return this.answers.answer(
				this.inspections.record(user, trackingNumber,
						new Inspection(body.inspectedOn(), body.dateChangeReason(), body.inspectors(), findings)),
				locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/rectification")
	@Operation(summary = "企业报告隐患整改情况：可逐项报告（items 为待报告隐患中的一项或多项），可附佐证材料")
	Answer rectification(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) RectificationRequest request, Locale locale) {
		RectificationRequest body = required(request);
		List<Rectification> items = (body.items() != null) ? body.items()
			.stream()
			.map((item) -> new Rectification(item.itemCode(), item.description(), item.attachmentIds()))
			.toList() : List.of();
		return this.answers.answer(this.reports.report(user, trackingNumber, items), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/verification")
	@Operation(summary = "复查：逐项整改到位（accepted=true），或未到位（accepted=false、reason）：每项最多退回两次（newDeadline），"
			+ "其后认定未整改；执法人员可选择移交首违不罚评估（handOver=true，reason 写明违法事实）。整改到位的隐患不移交")
	Answer verification(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) VerificationRequest request, Locale locale) {
		VerificationRequest body = required(request);
		List<Verification> items = (body.items() != null) ? body.items()
			.stream()
			.map((item) -> new Verification(item.itemCode(), item.accepted(), item.reason(), item.newDeadline(),
					Boolean.TRUE.equals(item.handOver())))
			.toList() : List.of();
		return this.answers.answer(this.checks.verify(user, trackingNumber, items), locale);
	}

	@PostMapping("/api/invitations/{trackingNumber}/rating")
	@Operation(summary = "评价服务（可选）：1–5 分与意见；不给分即不评价并办结；10 个工作日未评价的以未评价办结")
	Answer rating(UserProfile user, @PathVariable String trackingNumber,
			@RequestBody(required = false) RatingRequest request, Locale locale) {
		RatingRequest body = required(request);
		return this.answers.answer(this.ratings.rate(user, trackingNumber, body.score(), body.comment()), locale);
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
				hazard.deadline());
	}

}
