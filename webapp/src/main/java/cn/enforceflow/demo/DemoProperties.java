package cn.enforceflow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to seed the demo data, and the password every demo user gets. Only the
 * {@code demo} profile sets them; production configuration has no password default.
 */
@ConfigurationProperties("enforceflow.demo")
record DemoProperties(boolean enabled, String password) {

}
