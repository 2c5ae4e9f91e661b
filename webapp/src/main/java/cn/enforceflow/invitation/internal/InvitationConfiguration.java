package cn.enforceflow.invitation.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The invitation workflow's policies ({@code enforceflow.invitations.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvitationProperties.class)
class InvitationConfiguration {

}
