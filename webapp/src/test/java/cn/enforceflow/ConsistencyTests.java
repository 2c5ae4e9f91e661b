package cn.enforceflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.enforceflow.platform.Csv;
import cn.enforceflow.platform.web.PageController;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links the compiler cannot see: between templates and message bundles, and between
 * controllers and what is added to their pages.
 */
class ConsistencyTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	private static final Pattern MESSAGE_KEY = Pattern
		.compile("(?:@spring\\.message(?:Args)?\\s+(?:code=)?|rc\\.getMessage\\(\\s*)[\"']([^\"']+)[\"']\\s*(\\+)?");

	/**
	 * A placeholder that MessageFormat formats itself; dates come formatted by the
	 * message source.
	 */
	private static final Pattern TYPED_PLACEHOLDER = Pattern.compile("\\{\\d+\\s*,\\s*(date|time)\\b");

	/** A date formatted by FreeMarker itself rather than by {@code fmt}. */
	private static final Pattern TEMPLATE_DATE_FORMAT = Pattern
		.compile("\\?(?:string\\(\\s*[\"'][^\"']*(?:yy|MM|dd|HH)|date\\b|datetime\\b|time\\b|iso)");

	/** A single quote that MessageFormat would take for the start of a quoted part. */
	private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|label|value)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern LETTERS = Pattern.compile("[\\p{IsHan}\\p{IsLatin}]");

	/**
	 * The bundles of {@code spring.messages.basename}: Chinese is the default file,
	 * English the _en file.
	 */
	private static final List<String> BUNDLES = List.of("messages", "i18n/calendar", "i18n/deadlines", "i18n/audit",
			"i18n/inbox", "i18n/forms", "i18n/invitation", "i18n/documents", "i18n/identity", "i18n/workflow",
			"i18n/names", "i18n/exemption", "i18n/catalog");

	@Test
	void messageBundlesHaveTheSameKeysAndPlaceholders() throws IOException {
		for (String bundle : BUNDLES) {
			if (!new ClassPathResource(bundle + ".properties").exists()) {
				continue;
			}
			Properties chinese = bundle(bundle + ".properties");
			Properties english = bundle(bundle + "_en.properties");

			assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys of " + bundle + "_en.properties")
				.isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
			for (String key : chinese.stringPropertyNames()) {
				assertThat(placeholders(english.getProperty(key))).as("placeholders of " + key)
					.isEqualTo(placeholders(chinese.getProperty(key)));
			}
		}
	}

	/**
	 * The message source writes dates as the reader does (2026年12月14日); a
	 * {@code {0,date}} would be handed that text and fail. And a message with arguments
	 * goes through MessageFormat, where {@code '} starts a quoted part: write {@code ''}.
	 */
	@Test
	void messagesWritePlainPlaceholdersAndDoubledQuotes() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (String bundle : BUNDLES) {
			for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
				if (!new ClassPathResource(file).exists()) {
					continue;
				}
				Properties messages = bundle(file);
				for (String key : new TreeSet<>(messages.stringPropertyNames())) {
					String message = messages.getProperty(key);
					if (TYPED_PLACEHOLDER.matcher(message).find()) {
						wrong.add(file + ": " + key + " formats a date itself");
					}
					if (!placeholders(message).isEmpty() && LONE_QUOTE.matcher(message).find()) {
						wrong.add(file + ": " + key + " has a single quote (write '')");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * The names bundle translates what data and the engine name in Chinese: each
	 * department of the demo data, each process model and each of its user tasks, the
	 * Chinese text being the name it stands for (ProcessTexts finds a step by it).
	 */
	@Test
	void theNamesBundleNamesEveryDepartmentProcessAndStep() throws IOException {
		Properties names = bundle("i18n/names.properties");
		List<String> wrong = new ArrayList<>();
		try (InputStream in = new ClassPathResource("demo/departments.csv").getInputStream()) {
			for (Map<String, String> row : Csv.read(in)) {
				String key = "department." + row.get("code");
				if (!row.get("name").equals(names.getProperty(key))) {
					wrong.add(key + " should be " + row.get("name"));
				}
			}
		}
		Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:models/**/*.bpmn");
		assertThat(models).as("process models").isNotEmpty();
		for (Resource model : models) {
			try (InputStream in = model.getInputStream()) {
				BpmnModelInstance instance = Bpmn.readModelFromStream(in);
				for (org.camunda.bpm.model.bpmn.instance.Process process : instance
					.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
					String key = "process." + process.getId();
					if (!String.valueOf(process.getName()).equals(names.getProperty(key))) {
						wrong.add(key + " should be " + process.getName());
					}
				}
				for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
					String key = "step." + processOf(task).getId() + "." + task.getId();
					if (!String.valueOf(task.getName()).equals(names.getProperty(key))) {
						wrong.add(key + " should be " + task.getName());
					}
				}
			}
		}
		assertThat(wrong).as("keys of i18n/names.properties").isEmpty();
	}

	private static org.camunda.bpm.model.bpmn.instance.Process processOf(ModelElementInstance element) {
		ModelElementInstance parent = element.getParentElement();
		while (!(parent instanceof org.camunda.bpm.model.bpmn.instance.Process)) {
			parent = parent.getParentElement();
		}
		return (org.camunda.bpm.model.bpmn.instance.Process) parent;
	}

	@Test
	void everyBundleOfTheApplicationIsChecked() throws IOException {
		Properties application = new Properties();
		try (InputStream in = new ClassPathResource("application.yml").getInputStream()) {
			String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
			assertThat(basename.find()).isTrue();
			application.setProperty("basename", basename.group(1));
		}
		assertThat(List.of(application.getProperty("basename").split(","))).containsExactlyElementsOf(BUNDLES);
	}

	/**
	 * Every controller is either the API's ({@code @RestController}) or a page's
	 * ({@code @PageController}): the layout's model and the error page go to pages only.
	 */
	@Test
	void everyControllerIsAnApiOrAPageController() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> neither = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		for (BeanDefinition found : scanner.findCandidateComponents("cn.enforceflow")) {
			Class<?> type = ClassUtils.resolveClassName(found.getBeanClassName(), getClass().getClassLoader());
			if (AnnotatedElementUtils.hasAnnotation(type, PageController.class)) {
				pages.add(type.getSimpleName());
			}
			else if (!AnnotatedElementUtils.hasAnnotation(type, RestController.class)) {
				neither.add(type.getName());
			}
		}
		assertThat(pages).contains("HomeController", "InboxPageController", "ErrorPageController");
		assertThat(neither).as("controllers that are neither @RestController nor @PageController").isEmpty();
	}

	@Test
	void templatesUseOnlyKeysThatExist() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : BUNDLES) {
			if (new ClassPathResource(bundle + ".properties").exists()) {
				keys.addAll(bundle(bundle + ".properties").stringPropertyNames());
			}
		}
		Map<String, List<String>> missing = new TreeMap<>();
		for (Map.Entry<String, String> template : templates().entrySet()) {
			Matcher matcher = MESSAGE_KEY.matcher(template.getValue());
			while (matcher.find()) {
				String key = matcher.group(1);
				boolean prefix = matcher.group(2) != null;
				boolean known = prefix ? keys.stream().anyMatch((k) -> k.startsWith(key)) : keys.contains(key);
				if (!known) {
					missing.computeIfAbsent(template.getKey(), (t) -> new ArrayList<>()).add(key);
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from the bundle").isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		Map<String, List<String>> literals = new TreeMap<>();
		templates().forEach((name, source) -> {
			List<String> found = literalTexts(source);
			if (!found.isEmpty()) {
				literals.put(name, found);
			}
		});
		assertThat(literals).as("literal UI text in templates (use the message bundles)").isEmpty();
	}

	/**
	 * The Content Security Policy allows scripts from files only (ADR 0009): an inline
	 * script, an event handler attribute or a {@code javascript:} link would be refused
	 * by the browser, and inline styles likewise.
	 */
	@Test
	void templatesHaveNoInlineScriptsHandlersOrStyles() throws IOException {
		Map<String, List<String>> inline = new TreeMap<>();
		templates().forEach((name, source) -> {
			List<String> found = inlineCode(source);
			if (!found.isEmpty()) {
				inline.put(name, found);
			}
		});
		assertThat(inline).as("inline scripts, handlers or styles in templates (use files under static/)").isEmpty();
	}

	/**
	 * Pages show dates through {@code fmt} (DateFormats) or as message arguments, so that
	 * they read 2026年12月14日 in Chinese and December 14, 2026 in English, never
	 * 2026-12-14.
	 */
	@Test
	void templatesWriteDatesThroughFmt() throws IOException {
		Map<String, List<String>> formatted = new TreeMap<>();
		templates().forEach((name, source) -> {
			Matcher matcher = TEMPLATE_DATE_FORMAT.matcher(source.replaceAll("(?s)<#--.*?-->", ""));
			while (matcher.find()) {
				formatted.computeIfAbsent(name, (n) -> new ArrayList<>()).add(matcher.group());
			}
		});
		assertThat(formatted).as("dates formatted in templates (use fmt.date, fmt.dateTime, fmt.yearMonth)").isEmpty();
		assertThat(TEMPLATE_DATE_FORMAT.matcher("${day?string('yyyy-MM-dd')}").find()).isTrue();
		assertThat(TEMPLATE_DATE_FORMAT.matcher("${size?string(\"0.0\")}").find()).isFalse();
	}

	@Test
	void inlineCodeDetectorFindsScriptsHandlersAndStyles() {
		String template = """
				<script src="<@spring.url '/js/task-form.js'/>" defer></script>
				<script>alert(1)</script>
				<button onclick="go()">x</button>
				<a href="javascript:void(0)">y</a>
				<p style="color: red">z</p>
				<style>p { color: red }</style>
				<input data-onchange="fine" value="${x}">
				""";

		assertThat(inlineCode(template)).containsExactly("<script>", "onclick=", "javascript:", "style=", "<style>");
	}

	static List<String> inlineCode(String source) {
		String stripped = source.replaceAll("(?s)<#--.*?-->", "");
		List<String> found = new ArrayList<>();
		Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(stripped);
		while (scripts.find()) {
			if (!scripts.group(1).contains("src=")) {
				found.add("<script>");
			}
		}
		Matcher handlers = Pattern.compile("\\s(on[a-z]+)\\s*=").matcher(stripped);
		while (handlers.find()) {
			found.add(handlers.group(1) + "=");
		}
		if (stripped.contains("javascript:")) {
			found.add("javascript:");
		}
		Matcher styles = Pattern.compile("\\sstyle\\s*=").matcher(stripped);
		while (styles.find()) {
			found.add("style=");
		}
		if (Pattern.compile("<style\\b").matcher(stripped).find()) {
			found.add("<style>");
		}
		return found;
	}

	@Test
	void literalTextDetectorFindsTextAndAttributes() {
		String template = """
				<#import "/spring.ftl" as spring>
				<#-- a comment with words is fine -->
				<h1><@spring.message "home.title"/></h1>
				<p>${user.displayName()} · <@spring.message "home.today"/></p>
				<p>待办事项</p>
				<input placeholder="Search" value="${_csrf.token}">
				<img alt="">
				<span>Overdue</span>
				""";

		assertThat(literalTexts(template)).containsExactly("placeholder=\"Search\"", "待办事项", "Overdue");
	}

	static List<String> literalTexts(String source) {
		String stripped = source.replaceAll("(?s)<#--.*?-->", "")
			.replaceAll("(?s)<script\\b.*?</script>", "")
			.replaceAll("(?s)<style\\b.*?</style>", "")
			.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("<@[^>]*>", "")
			.replaceAll("</@[^>]*>", "")
			.replaceAll("<#[^>]*>", "")
			.replaceAll("</#[^>]*>", "")
			.replaceAll("\\$\\{[^}]*}", "")
			.replaceAll("<!DOCTYPE[^>]*>", "");
		List<String> found = new ArrayList<>();
		Matcher tags = Pattern.compile("<[^>]+>").matcher(stripped);
		while (tags.find()) {
			Matcher attribute = TEXT_ATTRIBUTE.matcher(tags.group());
			while (attribute.find()) {
				if (LETTERS.matcher(attribute.group(2)).find()) {
					found.add(attribute.group(1) + "=\"" + attribute.group(2) + "\"");
				}
			}
		}
		for (String text : stripped.split("<[^>]+>")) {
			String trimmed = text.strip();
			if (LETTERS.matcher(trimmed).find()) {
				found.add(trimmed);
			}
		}
		return found;
	}

	private static Map<String, String> templates() throws IOException {
		Map<String, String> templates = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.ftlh")) {
			try (InputStream in = resource.getInputStream()) {
				String path = resource.getURL().getPath();
				templates.put(path.substring(path.indexOf("templates/")),
						new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertThat(templates).as("templates").isNotEmpty();
		return templates;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
