package cn.enforceflow.taskform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import cn.enforceflow.taskform.TaskForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * Every task form schema on the classpath, read once at start-up. A schema that cannot be
 * used stops the application, naming the file and the problem: a broken form found by a
 * user at the last step of a case is worse than a failed deployment.
 */
@Component
class FormSchemas {

	static final String LOCATION = "classpath*:forms/**/*.json";

	private final Map<String, TaskForm> forms;

	@Autowired
	FormSchemas(ResourceLoader resourceLoader, MessageSource messages) throws IOException {
		this(ResourcePatternUtils.getResourcePatternResolver(resourceLoader).getResources(LOCATION),
				(key) -> messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE) != null);
	}

	FormSchemas(Resource[] resources, Predicate<String> messageExists) {
		this.forms = load(resources, new FormSchemaReader(messageExists));
	}

	Optional<TaskForm> form(String processKey, String taskKey) {
		return Optional.ofNullable(this.forms.get(processKey + "/" + taskKey));
	}

	/** By process and task. */
	Collection<TaskForm> all() {
		return this.forms.values();
	}

	private static Map<String, TaskForm> load(Resource[] resources, FormSchemaReader reader) {
		Map<String, TaskForm> forms = new TreeMap<>();
		Map<String, String> readFrom = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (Resource resource : resources) {
			String url = url(resource);
			String location = url.substring(url.lastIndexOf("/forms/") + 1);
			try {
				TaskForm form = reader.read(location, content(resource));
				String previous = readFrom.put(form.key(), url);
				if (previous != null) {
					problems.add(location + ": the form of " + form.key() + " is also in " + previous);
				}
				forms.put(form.key(), form);
			}
			catch (InvalidSchemaException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidSchemaException(problems);
		}
		return Collections.unmodifiableMap(forms);
	}

	private static String url(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] content(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
