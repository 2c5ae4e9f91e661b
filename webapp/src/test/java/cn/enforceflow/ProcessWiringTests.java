package cn.enforceflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links the compiler cannot see: every {@code delegateExpression} of every deployed model
 * (tasks and listeners) names a bean of the application.
 */
@FullApplication
class ProcessWiringTests {

	private static final Pattern DELEGATE = Pattern
		.compile("delegateExpression=\"[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\"");

	@Autowired
	ApplicationContext context;

	@Test
	void everyDelegateExpressionResolvesToABean() throws IOException {
		Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:models/**/*.bpmn");
		assertThat(models).as("models on the classpath").isNotEmpty();

		Map<String, List<String>> missing = new TreeMap<>();
		for (Resource model : models) {
			List<String> unresolved = unresolvedDelegates(model);
			if (!unresolved.isEmpty()) {
				missing.put(model.getFilename(), unresolved);
			}
		}

		assertThat(missing).as("delegate expressions without a bean").isEmpty();
	}

	@Test
	void reportsADelegateExpressionWithoutABean() throws IOException {
		List<String> unresolved = unresolvedDelegates(new ClassPathResource("fixtures/missing-delegate.bpmn.xml"));

		// `clock` is a bean of the application, `noSuchDelegate` is not
		assertThat(unresolved).containsExactly("noSuchDelegate");
	}

	private List<String> unresolvedDelegates(Resource model) throws IOException {
		String xml;
		try (InputStream in = model.getInputStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> unresolved = new ArrayList<>();
		Matcher matcher = DELEGATE.matcher(xml);
		while (matcher.find()) {
			if (!this.context.containsBean(matcher.group(1))) {
				unresolved.add(matcher.group(1));
			}
		}
		return unresolved;
	}

}
