package cn.enforceflow.invitation;

import java.util.List;

/**
 * Hazards of an inspection were handed over to the first-violation exemption assessment
 * (待转首违不罚评估) by the officer who verified them: left unrectified, a 重大隐患 or a real
 * violation the officer named. Published once per hazard.
 */
public record FindingsHandedOver(String trackingNumber, String departmentCode, String enterpriseName,
		List<Long> findingIds) {

	public FindingsHandedOver {
		findingIds = List.copyOf(findingIds);
	}

}
