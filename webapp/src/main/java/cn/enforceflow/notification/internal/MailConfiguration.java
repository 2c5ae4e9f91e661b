package cn.enforceflow.notification.internal;

import cn.enforceflow.integrations.mail.MailGateway;
import cn.enforceflow.integrations.mail.SmtpMailGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	@ConditionalOnProperty(name = "enforceflow.mail.enabled", havingValue = "true")
	MailGateway mailGateway(JavaMailSender sender, MailProperties properties) {
		return new SmtpMailGateway(sender, properties.from());
	}

}
