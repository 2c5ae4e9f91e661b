/**
 * Adapters to systems outside EnforceFlow (identity provider, mail, storage, provincial
 * platform). An open module: every capability of the application may use any adapter.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.enforceflow.integrations;

import org.springframework.modulith.ApplicationModule;
