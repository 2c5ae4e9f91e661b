package cn.enforceflow.invitation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officers record after the visit: the day they were there (today when not
 * given) and a finding for every item of the invitation.
 */
public record Inspection(LocalDate inspectedOn, List<Finding> findings) {

	public Inspection {
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	/**
	 * One item: compliant, or a hazard; a finding may be marked as a suspected violation
	 * to be assessed for a first-violation exemption.
	 */
	public record Finding(String itemCode, Boolean compliant, Hazard hazard, boolean suspectedViolation) {

	}

	/**
	 * 隐患: what is wrong, how serious, the law it breaks, what to do, and by when.
	 */
	public record Hazard(String description, HazardLevel level, String legalBasis, String advice, LocalDate deadline) {

	}

}
