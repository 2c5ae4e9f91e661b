package cn.enforceflow.exemption.internal;

import java.util.EnumSet;
import java.util.Set;

import cn.enforceflow.exemption.CaseNumber;
import cn.enforceflow.exemption.ExemptionNotFoundException;
import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import org.springframework.stereotype.Component;

/**
 * Who may see a first-violation case: the people of its department, the justice bureau
 * and administrators; its enterprise's people once something is asked of them or served
 * on them (a correction order, the decision). For anyone else it does not exist.
 */
@Component
class ExemptionAccess {

	/**
	 * The statuses at which nothing has been asked of or served on the enterprise yet.
	 */
	private static final Set<ExemptionStatus> INTERNAL = EnumSet.of(ExemptionStatus.CORRECTION_TO_ORDER,
			ExemptionStatus.TO_PROPOSE, ExemptionStatus.IN_LEGAL_REVIEW, ExemptionStatus.AWAITING_APPROVAL,
			ExemptionStatus.GENERAL_PROCEDURE, ExemptionStatus.TIME_BARRED);

	private final ExemptionRepository exemptions;

	ExemptionAccess(ExemptionRepository exemptions) {
		this.exemptions = exemptions;
	}

	/** The case, if the person may see it; otherwise it does not exist for them. */
	ExemptionEntity visible(UserProfile user, String caseNumber) {
		return CaseNumber.parse(caseNumber)
			.flatMap((number) -> this.exemptions.findByCaseNumber(number.value()))
			.filter((exemption) -> mayRead(user, exemption))
			.orElseThrow(() -> new ExemptionNotFoundException(String.valueOf(caseNumber)));
	}

	boolean mayRead(UserProfile user, String caseNumber) {
		return CaseNumber.parse(caseNumber)
			.flatMap((number) -> this.exemptions.findByCaseNumber(number.value()))
			.filter((exemption) -> mayRead(user, exemption))
			.isPresent();
	}

	boolean mayRead(UserProfile user, ExemptionEntity exemption) {
		return Authorization.overseesCases(user, false)
				|| Authorization.mayWorkIn(user, DepartmentCode.of(exemption.departmentCode()))
				|| (actsFor(user, exemption) && seenByEnterprise(exemption));
	}

	boolean actsFor(UserProfile user, ExemptionEntity exemption) {
		return Authorization.mayActFor(user, new CreditCode(exemption.enterpriseCreditCode()));
	}

	/**
	 * The enterprise sees its case once a correction was ordered or the decision
	 * approved; a case that went to the general procedure before any of it stays
	 * internal.
	 */
	static boolean seenByEnterprise(ExemptionEntity exemption) {
		return exemption.correctionDeadline() != null || !INTERNAL.contains(exemption.status());
	}

}
