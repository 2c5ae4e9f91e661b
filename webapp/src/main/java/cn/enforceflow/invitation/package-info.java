/**
 * 邀约式执法检查 — an enterprise invites a department to inspect it; the department accepts with
 * a team, the visit is agreed, the officers record each item, the enterprise rectifies
 * the hazards, the officers verify, and the enterprise rates the service.
 */
package cn.enforceflow.invitation;
