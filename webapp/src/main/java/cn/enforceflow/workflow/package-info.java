/**
 * The one workflow layer every process stands on: finds the open step of a case, decides
 * whether a person may work on it (assignee, candidate, certificate, four eyes), claims,
 * transfers, sends back and completes it, turns the engine's conflicts into one 409, and
 * writes the audit entry, in the caller's transaction (ADR 0011).
 */
package cn.enforceflow.workflow;
