package cn.enforceflow.deadline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.deadline.DeadlinePolicy;
import cn.enforceflow.processes.DeadlineModel;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a model names a deadline policy that is not configured, rather
 * than failing the first time a task of that step is created.
 */
@Component
class ModelPolicyCheck implements InitializingBean {

	static final String MODELS = "classpath*:models/**/*.bpmn";

	private static final Pattern POLICY_REFERENCE = Pattern.compile("\\b" + DeadlineModel.POLICIES_BEAN
			+ "\\s*\\.\\s*(?:due|reminder)(?:After|On)?\\s*\\(\\s*'([^']*)'\\s*[,)]");

	private final DeadlinePolicies policies;

	ModelPolicyCheck(DeadlinePolicies policies) {
		this.policies = policies;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		Map<String, Set<String>> unknown = unknownPolicies(
				new PathMatchingResourcePatternResolver().getResources(MODELS));
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("Models name deadline policies that are not configured under "
					+ "enforceflow.deadlines.policies: " + unknown);
		}
	}

	/** Per model, the policies it names that are not configured. */
	Map<String, Set<String>> unknownPolicies(Resource... models) {
		Set<String> known = new TreeSet<>(this.policies.all().stream().map(DeadlinePolicy::key).toList());
		Map<String, Set<String>> unknown = new TreeMap<>();
		for (Resource model : models) {
			Matcher matcher = POLICY_REFERENCE.matcher(read(model));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					unknown.computeIfAbsent(model.getFilename(), (m) -> new TreeSet<>()).add(matcher.group(1));
				}
			}
		}
		return unknown;
	}

	private static String read(Resource model) {
		try (InputStream in = model.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + model, ex);
		}
	}

}
