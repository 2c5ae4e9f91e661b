package cn.enforceflow.exemption;

import java.time.LocalDate;

/**
 * A violation an officer registers (登记).
 *
 * @param creditCode the enterprise
 * @param matterCode the matter of the violation catalog
 * @param secondOfficer the second certified officer of the case (第四十二条)
 * @param facts what was found
 * @param evidence the evidence, or null
 * @param violationOn the day it was committed, or ended if it continued
 * @param foundOn the day it was found; null for today
 * @param harm how it harmed
 * @param corrected whether it is already corrected
 * @param correctedOn when, if corrected
 * @param findingId the invitation finding it comes from, or null
 */
public record NewExemption(String creditCode, String matterCode, String secondOfficer, String facts, String evidence,
		LocalDate violationOn, LocalDate foundOn, Harm harm, Boolean corrected, LocalDate correctedOn, Long findingId) {

}
