package cn.enforceflow.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail is off unless {@code enforceflow.mail.enabled=true} and Spring's
 * {@code spring.mail.*} name the SMTP server. A failed mail is tried again after
 * {@code firstBackoff}, then after twice that, and so on, {@code maxAttempts} times in
 * all.
 *
 * @param enabled whether notifications also go out by mail
 * @param from the sender address
 * @param baseUrl the address of the application, for links in mail
 * @param maxAttempts attempts before a mail is given up
 * @param firstBackoff the wait after the first failure
 * @param lease how long one node holds a mail it is sending before another may take it
 * over
 * @param batch mails sent per round
 */
@ConfigurationProperties("enforceflow.mail")
record MailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("noreply@enforceflow.example") String from,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT1M") Duration firstBackoff, @DefaultValue("PT5M") Duration lease,
		@DefaultValue("20") int batch) {

}
