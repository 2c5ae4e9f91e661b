package cn.enforceflow.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The names of processes and of their steps (user tasks) in the reader's language. The
 * engine knows them in Chinese only, as the models name them (邀约式执法检查, 受理邀约); the bundle
 * {@code i18n/names} holds {@code process.<processKey>} and
 * {@code step.<processKey>.<taskKey>} in every language, and the engine's name is the
 * fallback for a key it lacks. Pages use it as {@code ${processTexts.step(processKey,
 * taskKey, name)}}; messages take {@link #stepLabel} as an argument, which each reader's
 * message source resolves in their language.
 */
@Component
public class ProcessTexts {

	/** The bundle of the names, also read once to find a step by its Chinese name. */
	static final String BUNDLE = "i18n/names";

	private final MessageSource messages;

	/** process key → (the step's Chinese name → its task key). */
	private final Map<String, Map<String, String>> stepsByName;

	ProcessTexts(MessageSource messages) {
		this.messages = messages;
		this.stepsByName = stepsByName(BUNDLE + ".properties");
	}

	/** The process's name in the current request's language. */
	public String process(String processKey, String engineName) {
		return process(processKey, engineName, LocaleContextHolder.getLocale());
	}

	public String process(String processKey, String engineName, Locale locale) {
		return this.messages.getMessage(processLabel(processKey, engineName), locale);
	}

	/** The step's name in the current request's language. */
	public String step(String processKey, String taskKey, String engineName) {
		return step(processKey, taskKey, engineName, LocaleContextHolder.getLocale());
	}

	public String step(String processKey, String taskKey, String engineName, Locale locale) {
		return this.messages.getMessage(stepLabel(processKey, taskKey, engineName), locale);
	}

	/**
	 * A step known by its Chinese name only, as the engine names it: for views that do
	 * not carry the task key (yet); with the key, use {@link #step}.
	 */
	public String stepNamed(String processKey, String engineName) {
		return stepNamed(processKey, engineName, LocaleContextHolder.getLocale());
	}

	public String stepNamed(String processKey, String engineName, Locale locale) {
		return this.messages.getMessage(stepLabelNamed(processKey, engineName), locale);
	}

	/**
	 * The step's name as a message argument (of a notice, a problem), resolved in each
	 * reader's language, or the engine's name where the bundle has none.
	 */
	public MessageSourceResolvable stepLabelNamed(String processKey, String engineName) {
		String taskKey = this.stepsByName.getOrDefault(String.valueOf(processKey), Map.of()).get(engineName);
		return stepLabel(processKey, taskKey, engineName);
	}

	/** The process's name as a message argument. */
	public static MessageSourceResolvable processLabel(String processKey, String engineName) {
		String fallback = (engineName != null) ? engineName : String.valueOf(processKey);
		return label((processKey != null) ? "process." + processKey : null, fallback);
	}

	/** The step's name as a message argument. */
	public static MessageSourceResolvable stepLabel(String processKey, String taskKey, String engineName) {
		String fallback = (engineName != null) ? engineName : String.valueOf(taskKey);
		return label((processKey != null && taskKey != null) ? "step." + processKey + "." + taskKey : null, fallback);
	}

	/** Without a key, the fallback text only. */
	private static MessageSourceResolvable label(String code, String fallback) {
		return (code != null) ? new DefaultMessageSourceResolvable(new String[] { code }, fallback)
				: new DefaultMessageSourceResolvable(null, null, fallback);
	}

	private static Map<String, Map<String, String>> stepsByName(String resource) {
		Properties names = new Properties();
		ClassPathResource bundle = new ClassPathResource(resource);
		if (bundle.exists()) {
			try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
				names.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + resource, ex);
			}
		}
		Map<String, Map<String, String>> steps = new HashMap<>();
		for (String key : names.stringPropertyNames()) {
			String[] parts = key.split("\\.", 3);
			if (parts.length == 3 && parts[0].equals("step")) {
				steps.computeIfAbsent(parts[1], (p) -> new HashMap<>()).put(names.getProperty(key), parts[2]);
			}
		}
		return steps;
	}

}
