package cn.enforceflow.exemption.internal;

import java.time.LocalDate;

import cn.enforceflow.catalog.ViolationCatalog;
import cn.enforceflow.catalog.ViolationMatter;
import cn.enforceflow.exemption.CaseNumber;
import cn.enforceflow.exemption.ExemptionActionRefusedException;
import cn.enforceflow.exemption.ExemptionFields;
import cn.enforceflow.exemption.ExemptionOutcome;
import cn.enforceflow.exemption.ExemptionRegistration;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.ExemptionView;
import cn.enforceflow.exemption.NewExemption;
import cn.enforceflow.exemption.internal.ExemptionEntity.Violation;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.organization.Department;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.FindingHandovers;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.Handover;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.platform.data.Sequences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 登记: a certified officer of the department registers a violation of one of its
 * catalogued matters with a second certified officer, from scratch or from a finding an
 * invitation handed over; the assessment runs at once and decides where the case goes.
 * And 一般程序处罚决定: the department records the penalty decided in the general procedure.
 */
@Service
@Transactional
class RegistrationHandler implements ExemptionRegistration {

	private final ExemptionRepository exemptions;

	private final ExemptionAccess access;

	private final ExemptionGuard guard;

	private final ExemptionProcess process;

	private final Assessor assessor;

	private final ViolationCatalog catalog;

	private final Organizations organizations;

	private final Invitations invitations;

	private final FindingHandovers handovers;

	private final CaseOfficers officers;

	private final Sequences sequences;

	private final ExemptionAudit audit;

	private final ExemptionViews views;

	RegistrationHandler(ExemptionRepository exemptions, ExemptionAccess access, ExemptionGuard guard,
			ExemptionProcess process, Assessor assessor, ViolationCatalog catalog, Organizations organizations,
			Invitations invitations, FindingHandovers handovers, CaseOfficers officers, Sequences sequences,
			ExemptionAudit audit, ExemptionViews views) {
		this.exemptions = exemptions;
		this.access = access;
		this.guard = guard;
		this.process = process;
		this.assessor = assessor;
		this.catalog = catalog;
		this.organizations = organizations;
		this.invitations = invitations;
		this.handovers = handovers;
		this.officers = officers;
		this.sequences = sequences;
		this.audit = audit;
		this.views = views;
	}

	@Override
	public ExemptionView register(UserProfile officer, NewExemption request) {
		LocalDate today = this.guard.today();
		Department department = officer.department()
			.filter((d) -> officer.hasRole(Role.OFFICER))
			.orElseThrow(() -> new ExemptionActionRefusedException("exemption.register.officerOnly"));
		String departmentCode = department.code().value();
		this.officers.certified(departmentCode, officer.username(), today);
		if (Texts.isBlank(request.secondOfficer())) {
			throw new BusinessRuleException("exemption.secondOfficer.required");
		}
		String second = request.secondOfficer().strip();
		if (second.equals(officer.username())) {
			throw new BusinessRuleException("exemption.secondOfficer.same");
		}
		this.officers.certified(departmentCode, second, today);

		FindingView finding = finding(officer, request.findingId());
		Enterprise enterprise = enterprise((finding != null) ? finding.enterprise().code() : request.creditCode());
		if (finding != null && !Texts.isBlank(request.creditCode())
				&& !finding.enterprise().code().equals(request.creditCode().strip())) {
			throw new BusinessRuleException("exemption.finding.otherEnterprise", finding.trackingNumber());
		}
		ViolationMatter matter = matter(request.matterCode(), department);
		Violation violation = violation(request, finding, today);

		int year = today.getYear();
		CaseNumber number = CaseNumber.of(year, this.sequences.next(CaseNumber.SEQUENCE, year));
		ExemptionEntity exemption = ExemptionEntity.registered(number.value(), enterprise.creditCode().value(),
				departmentCode, AssessedMatter.of(matter), violation, officer.username(), second,
				(finding != null) ? finding.id() : null, this.guard.now());
		this.exemptions.saveAndFlush(exemption);
		exemption.assessed(this.assessor.assess(exemption), this.guard.now());
		this.exemptions.saveAndFlush(exemption);
		this.process.start(officer, exemption, CandidateGroups.enterprise(enterprise.creditCode()));
		if (finding != null) {
			this.handovers.takenUp(finding.id(), exemption.caseNumber());
		}
		this.audit.registered(officer.username(), exemption);
		return this.views.view(exemption);
	}

	@Override
	public ExemptionOutcome recordPenaltyDecision(UserProfile user, String caseNumber, String decisionNumber,
			LocalDate decidedOn, String penaltySummary) {
		ExemptionEntity exemption = this.guard.atStatus(user, caseNumber, ExemptionStatus.GENERAL_PROCEDURE);
		boolean ofDepartment = Authorization.hasAnyRole(user, Role.OFFICER, Role.LEGAL_REVIEWER, Role.DEPT_HEAD)
				&& Authorization.mayWorkIn(user,
						cn.enforceflow.organization.DepartmentCode.of(exemption.departmentCode()));
		if (!ofDepartment) {
			throw new ExemptionActionRefusedException("exemption.penalty.departmentOnly");
		}
		if (exemption.penaltyDecidedOn() != null) {
			throw new BusinessRuleException("exemption.penalty.alreadyRecorded", exemption.caseNumber(),
					exemption.penaltyDecisionNumber());
		}
		String number = Texts.required(decisionNumber, ExemptionFields.DECISION_NUMBER, "exemption.penalty.number");
		String summary = Texts.required(penaltySummary, ExemptionFields.PENALTY_SUMMARY, "exemption.penalty.summary");
		if (decidedOn == null) {
			throw new BusinessRuleException("exemption.penalty.decidedOn.required");
		}
		if (decidedOn.isBefore(exemption.foundOn()) || decidedOn.isAfter(this.guard.today())) {
			throw new BusinessRuleException("exemption.penalty.decidedOn.range", exemption.foundOn(),
					this.guard.today());
		}
		exemption.penaltyRecorded(number, decidedOn, summary);
		this.exemptions.saveAndFlush(exemption);
		this.audit.penaltyRecorded(user.username(), exemption);
		return new ExemptionOutcome(exemption.caseNumber(), exemption.status(), "exemption.outcome.penaltyRecorded",
				java.util.List.of(exemption.caseNumber(), number));
	}

	private FindingView finding(UserProfile officer, Long findingId) {
		if (findingId == null) {
			return null;
		}
		FindingView finding = this.invitations.finding(officer, findingId);
		if (finding.handover() != Handover.AWAITING_ASSESSMENT) {
			throw new BusinessRuleException("exemption.finding.notHandedOver", finding.trackingNumber(),
					finding.itemName());
		}
		return finding;
	}

	private Enterprise enterprise(String creditCode) {
		if (Texts.isBlank(creditCode)) {
			throw new BusinessRuleException("exemption.enterprise.required");
		}
		String code = creditCode.strip();
		if (!CreditCode.isValid(code)) {
			throw new BusinessRuleException("exemption.enterprise.invalid", code);
		}
		return this.organizations.enterprise(new CreditCode(code))
			.orElseThrow(() -> new BusinessRuleException("exemption.enterprise.unknown", code));
	}

	private ViolationMatter matter(String code, Department department) {
		if (Texts.isBlank(code)) {
			throw new BusinessRuleException("exemption.matter.required");
		}
		return this.catalog.find(code.strip())
			.filter((m) -> m.department().equals(department.code()))
			.orElseThrow(() -> new BusinessRuleException("exemption.matter.unknown", code.strip(), department.name()));
	}

	private static Violation violation(NewExemption request, FindingView finding, LocalDate today) {
		// from a hand-over: the violation the verifying officer named, else what was
		// found
		String facts = (Texts.isBlank(request.facts()) && finding != null)
				? (Texts.isBlank(finding.handoverReason()) ? finding.description() : finding.handoverReason())
				: request.facts();
		facts = Texts.required(facts, ExemptionFields.FACTS, "exemption.facts");
		String evidence = Texts.optional(request.evidence(), ExemptionFields.EVIDENCE, "exemption.evidence");
		if (request.harm() == null) {
			throw new BusinessRuleException("exemption.harm.required");
		}
		if (request.corrected() == null) {
			throw new BusinessRuleException("exemption.corrected.required");
		}
		LocalDate foundOn = (request.foundOn() != null) ? request.foundOn() : today;
		if (foundOn.isAfter(today)) {
			throw new BusinessRuleException("exemption.foundOn.future", foundOn);
		}
		LocalDate violationOn = request.violationOn();
		if (violationOn == null) {
			throw new BusinessRuleException("exemption.violationOn.required");
		}
		if (violationOn.isAfter(foundOn)) {
			throw new BusinessRuleException("exemption.violationOn.afterFound", violationOn, foundOn);
		}
		LocalDate correctedOn = null;
		if (request.corrected()) {
			correctedOn = (request.correctedOn() != null) ? request.correctedOn() : foundOn;
			if (correctedOn.isBefore(violationOn) || correctedOn.isAfter(today)) {
				throw new BusinessRuleException("exemption.correctedOn.range", violationOn, today);
			}
		}
		return new Violation(facts, evidence, violationOn, foundOn, request.harm(), request.corrected(), correctedOn);
	}

}
