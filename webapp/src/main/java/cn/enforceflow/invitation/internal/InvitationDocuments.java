package cn.enforceflow.invitation.internal;

import java.util.List;
import java.util.Locale;

import cn.enforceflow.documents.DocumentBody;
import cn.enforceflow.documents.DocumentBody.Finding;
import cn.enforceflow.documents.DocumentBody.Inspector;
import cn.enforceflow.documents.DocumentBody.Severity;
import cn.enforceflow.documents.Documents;
import cn.enforceflow.documents.IssueRequest;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents an inspection ends in, served to the enterprise: always the 检查记录, and the
 * 整改建议书 when hazards were found. Issued in the transaction that records the inspection,
 * so they exist exactly when the inspection does.
 */
@Component
class InvitationDocuments {

	private final Documents documents;

	private final Users users;

	private final InvitationProperties properties;

	private final MessageSource messages;

	InvitationDocuments(Documents documents, Users users, InvitationProperties properties, MessageSource messages) {
		this.documents = documents;
		this.users = users;
		this.properties = properties;
		this.messages = messages;
	}

	void inspectionRecorded(InvitationEntity invitation, UserProfile officer) {
		List<Finding> findings = invitation.findings().stream().map((finding) -> finding(invitation, finding)).toList();
		DepartmentCode department = DepartmentCode.of(invitation.departmentCode());
		CreditCode enterprise = new CreditCode(invitation.enterpriseCreditCode());
		DocumentBody.InspectionRecord record = new DocumentBody.InspectionRecord(invitation.inspectedOn(),
				invitation.request().siteAddress(), invitation.inspectors().stream().map(this::inspector).toList(),
				invitation.request().contactName(), findings, basisOf(invitation), remarks(invitation));
		this.documents.issue(IssueRequest.toEnterprise(invitation.trackingNumber(), department, enterprise, record,
				officer.username()));
		if (!record.hazards().isEmpty()) {
			this.documents.issue(IssueRequest.toEnterprise(invitation.trackingNumber(), department, enterprise,
					new DocumentBody.RectificationAdvice(invitation.inspectedOn(), record.hazards(),
							basisOf(invitation), officer.displayName()),
					officer.username()));
		}
	}

	private Finding finding(InvitationEntity invitation, FindingEntity finding) {
		InvitationItem item = invitation.items()
			.stream()
			.filter((i) -> i.code().equals(finding.itemCode()))
			.findFirst()
			.orElseThrow();
		if (finding.compliant()) {
			return Finding.compliant(item.name(), item.legalBasis());
		}
		return Finding.hazard(item.name(), finding.description(), Severity.valueOf(finding.level().name()),
				finding.legalBasis(), finding.advice(), finding.deadline());
	}

	/**
	 * An officer who inspected as the record names them: name and the certificate they
	 * held that day.
	 */
	private Inspector inspector(cn.enforceflow.invitation.internal.Inspector inspector) {
		String name = this.users.profile(inspector.username())
			.map(UserProfile::displayName)
			.orElse(inspector.username());
		return new Inspector(name, inspector.certificateNumber());
	}

	/** The visit held on another day than agreed says so, with the reason. */
	private String remarks(InvitationEntity invitation) {
		String dateChangeReason = invitation.held().map(HeldVisit::dateChangeReason).orElse(null);
		if (dateChangeReason == null) {
			return null;
		}
		return this.messages.getMessage("invitation.record.dateChanged",
				new Object[] { invitation.visitDate(), invitation.inspectedOn(), dateChangeReason },
				Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The law the department inspects under, as configured; otherwise the bases of the
	 * items inspected.
	 */
	private String basisOf(InvitationEntity invitation) {
		String configured = this.properties.getInspectionBasis().get(invitation.departmentCode());
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		return String.join("；", invitation.items().stream().map(InvitationItem::legalBasis).distinct().toList());
	}

}
