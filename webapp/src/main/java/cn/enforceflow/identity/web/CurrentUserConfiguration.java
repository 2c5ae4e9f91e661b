package cn.enforceflow.identity.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take the signed-in user's {@link cn.enforceflow.identity.UserProfile}
 * as a parameter.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserConfiguration implements WebMvcConfigurer {

	private final CurrentUsers currentUsers;

	CurrentUserConfiguration(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.currentUsers);
	}

}
