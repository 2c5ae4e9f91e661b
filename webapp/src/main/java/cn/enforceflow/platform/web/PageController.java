package cn.enforceflow.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of pages (server-rendered views), as opposed to the JSON API's
 * {@code @RestController}s. What every page's layout needs — the signed-in user, the CSRF
 * token, the unread notifications, the date formats — and the Chinese error page are
 * added to these only: {@code @ControllerAdvice(annotations = Controller.class)} would
 * also match every {@code @RestController} (it is a {@code @Controller} too) and cost
 * each API call their queries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

	@AliasFor(annotation = Controller.class)
	String value() default "";

}
