package cn.enforceflow.platform.i18n;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Makes the {@code messageSource} bean a {@link LocalizedMessageSource} around the one
 * Spring Boot builds from {@code spring.messages.*} (basenames, encoding, fallback,
 * cache), so that those properties keep working exactly as documented, and everything
 * that resolves messages — the application context, Spring MVC's problem details,
 * FreeMarker's {@code <@spring.message>} and {@code rc.getMessage}, notifications and
 * mail — formats dates by the reader's locale.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	static BeanPostProcessor localizedMessageSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
						&& bean instanceof MessageSource messages && !(bean instanceof LocalizedMessageSource)) {
					return new LocalizedMessageSource(messages);
				}
				return bean;
			}

		};
	}

}
