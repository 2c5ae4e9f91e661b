package cn.enforceflow.exemption;

import java.time.LocalDate;

/**
 * 行政执法公示: a published 不予行政处罚决定, with personal names, phone numbers and ID numbers masked
 * in what it says.
 */
public record PublishedDecision(String departmentCode, String enterpriseName, String creditCode, String matterName,
		String legalBasis, String decisionNumber, LocalDate decidedOn, LocalDate publishedOn, String facts) {

}
