package cn.enforceflow.invitation;

import java.time.LocalDate;

/**
 * The officer's conclusion on one reported hazard (复查): rectified, or not — then sent
 * back with the reason and a new deadline while rounds are left, or, by the officer's
 * choice, handed over to the first-violation exemption assessment with the reason.
 */
public record Verification(String itemCode, Boolean accepted, String reason, LocalDate newDeadline, boolean handOver) {

}
