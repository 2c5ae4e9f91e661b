package cn.enforceflow.invitation;

import java.time.LocalDate;

/**
 * The officer's conclusion on one reported hazard (复查): accepted, or sent back with the
 * reason and a new deadline.
 */
public record Verification(String itemCode, Boolean accepted, String reason, LocalDate newDeadline) {

}
