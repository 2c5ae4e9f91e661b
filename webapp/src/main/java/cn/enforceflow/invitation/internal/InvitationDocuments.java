package cn.enforceflow.invitation.internal;

import java.util.List;

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

	InvitationDocuments(Documents documents, Users users, InvitationProperties properties) {
		this.documents = documents;
		this.users = users;
		this.properties = properties;
	}

	void inspectionRecorded(InvitationEntity invitation, UserProfile officer) {
		List<Finding> findings = invitation.findings().stream().map((finding) -> finding(invitation, finding)).toList();
		DepartmentCode department = DepartmentCode.of(invitation.departmentCode());
		CreditCode enterprise = new CreditCode(invitation.enterpriseCreditCode());
		DocumentBody.InspectionRecord record = new DocumentBody.InspectionRecord(invitation.inspectedOn(),
				invitation.siteAddress(),
				List.of(inspector(invitation.leadOfficer()), inspector(invitation.secondOfficer())),
				invitation.contactName(), findings, basisOf(invitation), null);
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

	/** An officer of the team as the record names them: name and certificate number. */
	private Inspector inspector(String username) {
		UserProfile officer = this.users.profile(username).orElseThrow();
		return new Inspector(officer.displayName(),
				officer.certificate().map((c) -> c.number()).orElse(officer.username()));
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
