/**
 * 首违不罚 — the names the {@code exemption} process model and its assessment decision share
 * with the application.
 */
package cn.enforceflow.processes.exemption;
