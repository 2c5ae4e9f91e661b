package cn.enforceflow.invitation;

/** The enterprise withdrew an invitation (撤回) before it was accepted. */
public record InvitationWithdrawn(String trackingNumber, String departmentCode, String enterpriseName, String reason) {

}
