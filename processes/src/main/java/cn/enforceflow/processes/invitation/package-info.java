/**
 * 邀约式执法检查 — the names the {@code invitation} process model shares with the application.
 */
package cn.enforceflow.processes.invitation;
