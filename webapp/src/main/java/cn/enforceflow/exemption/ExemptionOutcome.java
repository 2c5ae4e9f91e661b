package cn.enforceflow.exemption;

import java.util.List;

/**
 * What an action did to a case: where it stands now, and the message that says what
 * happened and what comes next.
 */
public record ExemptionOutcome(String caseNumber, ExemptionStatus status, String messageKey, List<Object> arguments) {

}
