package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.documents.DocumentReceived;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.exemption.ExemptionOutcome;
import cn.enforceflow.exemption.ExemptionServing;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.internal.ExemptionGuard.Guarded;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.processes.exemption.ExemptionModel;
import cn.enforceflow.workflow.OpenStep;
import cn.enforceflow.workflow.StepDecision;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达 and 公示 of an approved decision, in parallel. The officer records how it was served:
 * electronically where the enterprise agreed to it — then its people confirm receipt on
 * the document, which completes the service — or in person or by post on a day. The case
 * is done once it is served and published.
 */
@Service
@Transactional
class ServingHandler implements ExemptionServing {

	private final ExemptionGuard guard;

	private final ExemptionProcess process;

	private final ExemptionRepository exemptions;

	private final ServiceConsentRepository consents;

	private final Users users;

	private final ExemptionAudit audit;

	private final AuditTrail trail;

	private final Documents documents;

	ServingHandler(ExemptionGuard guard, ExemptionProcess process, ExemptionRepository exemptions,
			ServiceConsentRepository consents, Users users, ExemptionAudit audit, AuditTrail trail,
			Documents documents) {
		this.documents = documents;
		this.guard = guard;
		this.process = process;
		this.exemptions = exemptions;
		this.consents = consents;
		this.users = users;
		this.audit = audit;
		this.trail = trail;
	}

	@Override
	public ExemptionOutcome serve(UserProfile officer, String caseNumber, ServiceMethod method, LocalDate servedOn) {
		Guarded at = this.guard.at(officer, caseNumber, ExemptionModel.TASK_SERVE_DECISION, ExemptionStatus.APPROVED);
		ExemptionEntity exemption = at.exemption();
		if (method == null) {
			throw new BusinessRuleException("exemption.service.method.required");
		}
		LocalDate today = this.guard.today();
		LocalDate on;
		if (method == ServiceMethod.ELECTRONIC) {
			if (!this.consents.existsById(exemption.enterpriseCreditCode())) {
				throw new BusinessRuleException("exemption.service.noConsent");
			}
			on = today;
		}
		else {
			if (servedOn == null) {
				throw new BusinessRuleException("exemption.service.servedOn.required");
			}
			if (servedOn.isBefore(exemption.approvedOn()) || servedOn.isAfter(today)) {
				throw new BusinessRuleException("exemption.service.servedOn.range", exemption.approvedOn(), today);
			}
			on = servedOn;
		}
		ExemptionStatus before = exemption.status();
		exemption.served(method, on);
		exemption.closeIfDone(this.guard.now());
		this.process.complete(officer, at.step(),
				StepDecision.of(this.audit.served(officer.username(), exemption, before))
					.with(ExemptionModel.VAR_SERVICE_METHOD, method.name()));
		if (method == ServiceMethod.ELECTRONIC && exemption.receivedAt() != null) {
			// received on the document before the service was recorded
			this.users.profile(exemption.receivedBy())
				.ifPresent((receiver) -> completeReceipt(receiver, exemption, before));
		}
		return outcome(exemption, "exemption.outcome.served." + method.name(), exemption.caseNumber());
	}

	@Override
	public ExemptionOutcome publish(UserProfile officer, String caseNumber) {
		Guarded at = this.guard.at(officer, caseNumber, ExemptionModel.TASK_PUBLISH_DECISION, ExemptionStatus.APPROVED);
		ExemptionEntity exemption = at.exemption();
		ExemptionStatus before = exemption.status();
		exemption.published(this.guard.today());
		exemption.closeIfDone(this.guard.now());
		this.process.complete(officer, at.step(),
				StepDecision.of(this.audit.published(officer.username(), exemption, before)));
		return outcome(exemption, "exemption.outcome.published", exemption.caseNumber(), exemption.decisionNumber());
	}

	@Override
	public ExemptionOutcome confirmReceipt(UserProfile enterprise, String caseNumber) {
		Guarded at = this.guard.at(enterprise, caseNumber, ExemptionModel.TASK_CONFIRM_RECEIPT,
				ExemptionStatus.APPROVED);
		this.documents.confirmReceipt(enterprise, at.exemption().decisionDocumentId());
		ExemptionEntity exemption = at.exemption();
		return outcome(exemption, "exemption.outcome.received", exemption.caseNumber(), exemption.decisionNumber());
	}

	@Override
	public void consentToElectronicService(UserProfile user) {
		Enterprise enterprise = user.enterprise()
			.orElseThrow(() -> new BusinessRuleException("exemption.consent.enterpriseOnly"));
		String code = enterprise.creditCode().value();
		if (this.consents.existsById(code)) {
			return;
		}
		this.consents.saveAndFlush(new ServiceConsentEntity(code, user.username(), this.guard.now()));
		this.trail
			.record(AuditRecord.of(user.username(), "ELECTRONIC_SERVICE_CONSENTED").withSubject("ENTERPRISE", code));
	}

	@Override
	public boolean consented(String creditCode) {
		return this.consents.existsById(creditCode);
	}

	/** The enterprise confirmed receipt of the decision on the document (电子送达回证). */
	@EventListener
	void received(DocumentReceived receipt) {
		this.exemptions.findByDecisionDocumentId(receipt.documentId()).ifPresent((exemption) -> {
			if (exemption.receivedAt() != null) {
				return;
			}
			ExemptionStatus before = exemption.status();
			exemption.received(receipt.receivedBy(), receipt.receivedAt());
			this.users.profile(receipt.receivedBy())
				.ifPresent((receiver) -> completeReceipt(receiver, exemption, before));
			this.exemptions.saveAndFlush(exemption);
		});
	}

	private void completeReceipt(UserProfile receiver, ExemptionEntity exemption, ExemptionStatus before) {
		List<OpenStep> open = this.process.open(exemption.caseNumber(), ExemptionModel.TASK_CONFIRM_RECEIPT);
		if (open.isEmpty()) {
			return;
		}
		exemption.closeIfDone(this.guard.now());
		this.process.complete(receiver, open.get(0),
				StepDecision.of(this.audit.received(receiver.username(), exemption, before)));
	}

	private static ExemptionOutcome outcome(ExemptionEntity exemption, String key, Object... arguments) {
		return new ExemptionOutcome(exemption.caseNumber(), exemption.status(), key, List.of(arguments));
	}

}
