package cn.enforceflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import cn.enforceflow.imports.HeldImports;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the database of this run (see
 * {@link PerRunDatabase}), on the {@link TestClock}, with background imports held for the
 * test to run ({@link HeldImports}). Every full-application test uses exactly this, so
 * they share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = EnforceFlowApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestClock.Configuration.class, HeldImports.Configuration.class })
public @interface FullApplication {

}
