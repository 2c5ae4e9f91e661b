/**
 * The BPMN and DMN models of EnforceFlow, with one constants class per process naming its
 * element ids, variables and candidate groups. Every capability may read the constants of
 * the processes it runs, so the module is open.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.enforceflow.processes;

import org.springframework.modulith.ApplicationModule;
