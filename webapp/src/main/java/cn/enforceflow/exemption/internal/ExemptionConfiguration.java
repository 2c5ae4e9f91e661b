package cn.enforceflow.exemption.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The exemption workflow's policies ({@code enforceflow.exemptions.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExemptionProperties.class)
class ExemptionConfiguration {

}
