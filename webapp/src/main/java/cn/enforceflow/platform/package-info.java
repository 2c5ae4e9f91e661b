/**
 * Shared platform: errors, messages, locale, pages and the engine's web console. Every
 * capability may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.enforceflow.platform;

import org.springframework.modulith.ApplicationModule;
