/**
 * The BPMN and DMN models of EnforceFlow, with one constants class per process naming its
 * element ids, variables and candidate groups.
 */
package cn.enforceflow.processes;
