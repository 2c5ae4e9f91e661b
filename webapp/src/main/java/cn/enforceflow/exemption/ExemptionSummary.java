package cn.enforceflow.exemption;

import java.time.Instant;
import java.time.LocalDate;

/** A case in a list. */
public record ExemptionSummary(String caseNumber, ExemptionStatus status, String departmentCode, String enterpriseName,
		String matterCode, String matterName, Band band, LocalDate violationOn, Instant registeredAt,
		boolean penaltyRecorded) {

}
