package cn.enforceflow.exemption;

import java.util.List;

/**
 * 要素核查: what the assessment decided and why, in the words shown to the officer.
 *
 * @param eligible whether the case may end without a penalty (once corrected, when a
 * correction is still needed)
 * @param outcome {@code ELIGIBLE}, {@code CORRECTION_NEEDED}, {@code INELIGIBLE} or
 * {@code TIME_BARRED}
 * @param band the band that applies, or null while a correction is needed and when
 * time-barred
 * @param reasons why, naming the prior cases
 * @param priorCases the numbers of the established earlier violations in the window
 */
public record Assessment(boolean eligible, String outcome, Band band, List<String> reasons, List<String> priorCases) {

}
