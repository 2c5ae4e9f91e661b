package cn.enforceflow.invitation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officers record after the visit: the day they were there (the agreed visit
 * date when not given; another day only with the reason), who inspected (the team when
 * not given), and a finding for every item of the invitation.
 */
public record Inspection(LocalDate inspectedOn, String dateChangeReason, List<String> inspectors,
		List<Finding> findings) {

	public Inspection {
		inspectors = (inspectors != null) ? List.copyOf(inspectors) : List.of();
		findings = (findings != null) ? List.copyOf(findings) : List.of();
	}

	/**
	 * One item: compliant, or a hazard; a hazard may carry the note that it may be a real
	 * violation, for the officer who verifies it.
	 */
	public record Finding(String itemCode, Boolean compliant, Hazard hazard, boolean suspectedViolation) {

	}

	/**
	 * 隐患: what is wrong, how serious, the law it breaks, what to do, and by when (null
	 * for the default: 15 working days after the visit).
	 */
	public record Hazard(String description, HazardLevel level, String legalBasis, String advice, LocalDate deadline) {

	}

}
