package cn.enforceflow.invitation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.InvitationSummary;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import org.springframework.stereotype.Component;

/**
 * Invitations as their readers see them: stored codes and usernames turned into names,
 * each looked up once per view ({@link #names()}).
 */
@Component
class InvitationViews {

	private final Organizations organizations;

	private final Users users;

	InvitationViews(Organizations organizations, Users users) {
		this.organizations = organizations;
		this.users = users;
	}

	Names names() {
		return new Names();
	}

	InvitationView view(InvitationEntity invitation) {
		Names names = names();
		return new InvitationView(invitation.trackingNumber(), invitation.status(),
				names.enterprise(invitation.enterpriseCreditCode()), names.department(invitation.departmentCode()),
				invitation.items()
					.stream()
					.map((item) -> new InvitationView.Item(item.code(), item.name(), item.legalBasis()))
					.toList(),
				invitation.window().start(), invitation.window().end(), invitation.request().siteAddress(),
				invitation.request().contactName(), invitation.request().contactPhone(),
				invitation.request().description(), names.person(invitation.submittedBy()), invitation.submittedAt(),
				names.person(invitation.decision().map(DepartmentDecision::decidedBy).orElse(null)),
				invitation.decision().map(DepartmentDecision::decidedAt).orElse(null),
				invitation.decision().map(DepartmentDecision::declineReason).orElse(null),
				names.person(invitation.leadOfficer()), names.person(invitation.secondOfficer()),
				invitation.combinedWith(), invitation.schedule().proposedDate(),
				invitation.schedule().counterProposed(), invitation.schedule().counterDate(), invitation.visitDate(),
				invitation.schedule().visitMovedReason(), invitation.inspectedOn(),
				invitation.held().map(HeldVisit::dateChangeReason).orElse(null),
				invitation.inspectors()
					.stream()
					.map((inspector) -> new InvitationView.Inspector(inspector.username(),
							names.person(inspector.username()).displayName(), inspector.certificateNumber()))
					.toList(),
				invitation.findings().stream().map((f) -> finding(invitation, f, names)).toList(),
				invitation.findings().stream().mapToInt(FindingEntity::rounds).max().orElse(0),
				invitation.rating().state(), invitation.rating().score(), invitation.rating().comment(),
				invitation.rating().ratedAt(), invitation.closeReason(), invitation.closedAt());
	}

	InvitationSummary summary(InvitationEntity invitation, Names names) {
		return new InvitationSummary(invitation.trackingNumber(), invitation.status(),
				names.enterprise(invitation.enterpriseCreditCode()), names.department(invitation.departmentCode()),
				invitation.window().start(), invitation.window().end(), invitation.visitDate(),
				names.person(invitation.leadOfficer()), invitation.submittedAt());
	}

	FindingView finding(InvitationEntity invitation, FindingEntity finding, Names names) {
		return new FindingView(finding.id(), invitation.trackingNumber(),
				names.enterprise(invitation.enterpriseCreditCode()), names.department(invitation.departmentCode()),
				finding.itemCode(), RectificationHandler.itemName(invitation, finding), finding.compliant(),
				finding.description(), finding.level(), finding.legalBasis(), finding.advice(), finding.deadline(),
				finding.suspectedViolation(), finding.status(), finding.rounds(), finding.handover().orElse(null),
				finding.handoverReason(), names.person(finding.handedOverBy()), finding.handedOverAt(),
				finding.exemptionCase(), finding.recordedBy(), finding.recordedAt(),
				finding.reports()
					.stream()
					.map((r) -> new FindingView.Report(r.round(), r.description(), ids(r.attachmentIds()),
							r.reportedBy(), r.reportedAt(), r.late()))
					.toList(),
				finding.verifications()
					.stream()
					.map((v) -> new FindingView.Check(v.round(), v.accepted(), v.reason(), v.newDeadline(),
							v.verifiedBy(), v.verifiedAt()))
					.toList());
	}

	private static List<String> ids(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		for (String id : joined.split(",")) {
			ids.add(id.strip());
		}
		return ids;
	}

	/** Names looked up once per view. */
	final class Names {

		private final Map<String, InvitationView.Party> enterprises = new HashMap<>();

		private final Map<String, InvitationView.Party> departments = new HashMap<>();

		private final Map<String, InvitationView.Person> people = new HashMap<>();

		InvitationView.Party enterprise(String creditCode) {
			return this.enterprises.computeIfAbsent(creditCode,
					(code) -> new InvitationView.Party(code,
							InvitationViews.this.organizations.enterprise(new CreditCode(code))
								.map(Enterprise::name)
								.orElse(code)));
		}

		InvitationView.Party department(String departmentCode) {
			return this.departments.computeIfAbsent(departmentCode,
					(code) -> new InvitationView.Party(code,
							InvitationViews.this.organizations.department(DepartmentCode.of(code))
								.map(Department::name)
								.orElse(code)));
		}

		InvitationView.Person person(String username) {
			if (username == null) {
				return null;
			}
			return this.people.computeIfAbsent(username, (name) -> new InvitationView.Person(name,
					InvitationViews.this.users.profile(name).map(UserProfile::displayName).orElse(name)));
		}

	}

}
