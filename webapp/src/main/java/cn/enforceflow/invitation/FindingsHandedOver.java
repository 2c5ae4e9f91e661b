package cn.enforceflow.invitation;

import java.util.List;

/**
 * Findings of an inspection were handed over to the first-violation exemption assessment
 * (待转首违不罚评估): marked as suspected violations, or left unrectified.
 */
public record FindingsHandedOver(String trackingNumber, String departmentCode, String enterpriseName,
		List<Long> findingIds) {

	public FindingsHandedOver {
		findingIds = List.copyOf(findingIds);
	}

}
