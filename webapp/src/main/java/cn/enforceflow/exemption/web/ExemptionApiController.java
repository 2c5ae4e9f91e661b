package cn.enforceflow.exemption.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.enforceflow.exemption.ExemptionCorrections;
import cn.enforceflow.exemption.ExemptionDecisions;
import cn.enforceflow.exemption.ExemptionDecisions.HeadDecision;
import cn.enforceflow.exemption.ExemptionOutcome;
import cn.enforceflow.exemption.ExemptionRegistration;
import cn.enforceflow.exemption.ExemptionServing;
import cn.enforceflow.exemption.ExemptionServing.ServiceMethod;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.ExemptionSummary;
import cn.enforceflow.exemption.ExemptionView;
import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.exemption.Harm;
import cn.enforceflow.exemption.NewExemption;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 首违不罚 as JSON: an officer registers a case and the assessment answers at once; each step
 * is one action that completes its task and answers where the case stands and what comes
 * next; an action out of turn is a 409 problem. Dates are ISO dates; types are strict.
 */
@RestController
@Tag(name = "exemptions", description = "首违不罚：登记与要素核查、责令改正、拟不予处罚意见、法制审核、负责人审批、送达与公示")
class ExemptionApiController {

	private final Exemptions exemptions;

	private final ExemptionRegistration registration;

	private final ExemptionCorrections corrections;

	private final ExemptionDecisions decisions;

	private final ExemptionServing serving;

	private final MessageSource messages;

	ExemptionApiController(Exemptions exemptions, ExemptionRegistration registration, ExemptionCorrections corrections,
			ExemptionDecisions decisions, ExemptionServing serving, MessageSource messages) {
		this.exemptions = exemptions;
		this.registration = registration;
		this.corrections = corrections;
		this.decisions = decisions;
		this.serving = serving;
		this.messages = messages;
	}

	@PostMapping("/api/exemptions")
	@Operation(summary = "执法人员登记违法行为（本部门违法事项，第二名执法人员），立即进行要素核查并答复结果与理由")
	ResponseEntity<ExemptionView> register(UserProfile user, @RequestBody(required = false) RegisterRequest request) {
		RegisterRequest body = required(request);
		ExemptionView view = this.registration.register(user,
				new NewExemption(body.creditCode(), body.matterCode(), body.secondOfficer(), body.facts(),
						body.evidence(), body.violationOn(), body.foundOn(), body.harm(), body.corrected(),
						body.correctedOn(), body.findingId()));
		return ResponseEntity.created(URI.create("/api/exemptions/" + view.caseNumber())).body(view);
	}

	@GetMapping("/api/exemptions")
	@Operation(summary = "本部门（或本企业可见）的首违不罚案件，新的在前；generalProcedure=true 只列转一般程序的案件")
	List<ExemptionSummary> list(UserProfile user,
			@RequestParam(name = "generalProcedure", defaultValue = "false") boolean generalProcedure) {
		return this.exemptions.list(user, generalProcedure);
	}

	@GetMapping("/api/exemptions/{caseNumber}")
	@Operation(summary = "一件首违不罚案件的全部情况：违法事项（按核查时的清单）、要素核查、责令改正、意见、审核、审批、送达与公示")
	ExemptionView find(UserProfile user, @PathVariable String caseNumber) {
		return this.exemptions.find(user, caseNumber);
	}

	@PostMapping("/api/exemptions/{caseNumber}/correction-order")
	@Operation(summary = "责令改正：执法人员设定改正期限，生成并送达责令改正通知书")
	Answer correctionOrder(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) DeadlineRequest request, Locale locale) {
		return answer(this.corrections.order(user, caseNumber, required(request).deadline()), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/correction")
	@Operation(summary = "企业报告改正情况，可附证据（先上传附件）")
	Answer correction(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) CorrectionRequest request, Locale locale) {
		CorrectionRequest body = required(request);
		return answer(this.corrections.report(user, caseNumber, body.description(), body.attachmentIds()), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/correction-check")
	@Operation(summary = "执法人员核查改正：通过则再次要素核查；不通过须说明理由，期限内企业可再次改正")
	Answer correctionCheck(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) DecisionRequest request, Locale locale) {
		DecisionRequest body = required(request);
		return answer(this.corrections.check(user, caseNumber, flag(body.accepted(), "accepted"), body.reason()),
				locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/proposal")
	@Operation(summary = "拟不予处罚意见，须附教育告诫记录")
	Answer proposal(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) ProposalRequest request, Locale locale) {
		ProposalRequest body = required(request);
		return answer(this.decisions.propose(user, caseNumber, body.opinion(), body.educationRecord()), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/legal-review")
	@Operation(summary = "法制审核：通过，或退回执法人员并说明理由（审核人不得为拟意见人）")
	Answer legalReview(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) ApprovalRequest request, Locale locale) {
		ApprovalRequest body = required(request);
		return answer(this.decisions.review(user, caseNumber, flag(body.approved(), "approved"), body.reason()),
				locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/approval")
	@Operation(summary = "负责人审批：批准（生成不予行政处罚决定书）、退回并说明理由，或 generalProcedure=true 决定转一般程序")
	Answer approval(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) ApprovalRequest request, Locale locale) {
		ApprovalRequest body = required(request);
		HeadDecision decision = Boolean.TRUE.equals(body.generalProcedure()) ? HeadDecision.GENERAL_PROCEDURE
				: flag(body.approved(), "approved") ? HeadDecision.APPROVED : HeadDecision.RETURNED;
		return answer(this.decisions.approve(user, caseNumber, decision, body.reason()), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/service")
	@Operation(summary = "送达：电子送达（企业已确认电子送达地址的），或直接送达、邮寄送达并填写送达日期")
	Answer service(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) ServiceRequest request, Locale locale) {
		ServiceRequest body = required(request);
		return answer(this.serving.serve(user, caseNumber, body.method(), body.servedOn()), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/receipt")
	@Operation(summary = "企业签收电子送达的不予行政处罚决定书（与在文书上签收相同）")
	Answer receipt(UserProfile user, @PathVariable String caseNumber, Locale locale) {
		return answer(this.serving.confirmReceipt(user, caseNumber), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/publication")
	@Operation(summary = "公示不予行政处罚决定（批准后 7 个工作日内）")
	Answer publication(UserProfile user, @PathVariable String caseNumber, Locale locale) {
		return answer(this.serving.publish(user, caseNumber), locale);
	}

	@PostMapping("/api/exemptions/{caseNumber}/general-procedure-outcome")
	@Operation(summary = "记录一般程序的处罚决定（文号、日期、内容），此后计入既往违法")
	Answer generalProcedureOutcome(UserProfile user, @PathVariable String caseNumber,
			@RequestBody(required = false) PenaltyRequest request, Locale locale) {
		PenaltyRequest body = required(request);
		return answer(this.registration.recordPenaltyDecision(user, caseNumber, body.decisionNumber(), body.decidedOn(),
				body.penaltySummary()), locale);
	}

	@PostMapping("/api/enterprise/electronic-service-consent")
	@Operation(summary = "企业确认电子送达（一次有效）")
	ResponseEntity<Void> consent(UserProfile user) {
		this.serving.consentToElectronicService(user);
		return ResponseEntity.noContent().build();
	}

	private Answer answer(ExemptionOutcome outcome, Locale locale) {
		return new Answer(outcome.caseNumber(), outcome.status(),
				this.messages.getMessage(outcome.messageKey(), outcome.arguments().toArray(), locale));
	}

	private static <T> T required(T body) {
		if (body == null) {
			throw new BusinessRuleException("exemption.api.body");
		}
		return body;
	}

	private static boolean flag(Boolean value, String field) {
		if (value == null) {
			throw new BusinessRuleException("exemption.api.flag", field);
		}
		return value;
	}

	record Answer(String caseNumber, ExemptionStatus status, String message) {

	}

	record RegisterRequest(String creditCode, String matterCode, String secondOfficer, String facts, String evidence,
			LocalDate violationOn, LocalDate foundOn, Harm harm, Boolean corrected, LocalDate correctedOn,
			Long findingId) {

	}

	record DeadlineRequest(LocalDate deadline) {

	}

	record CorrectionRequest(String description, List<String> attachmentIds) {

	}

	record DecisionRequest(Boolean accepted, String reason) {

	}

	record ProposalRequest(String opinion, String educationRecord) {

	}

	record ApprovalRequest(Boolean approved, String reason, Boolean generalProcedure) {

	}

	record ServiceRequest(ServiceMethod method, LocalDate servedOn) {

	}

	record PenaltyRequest(String decisionNumber, LocalDate decidedOn, String penaltySummary) {

	}

}
