package cn.enforceflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links between the models, the task form schemas and the message bundles: every user
 * task has a form and every form a user task; every text a schema names exists in Chinese
 * and in English.
 */
class TaskFormConsistencyTests {

	private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

	@Test
	void everyUserTaskOfEveryModelHasAForm() throws IOException {
		Set<String> tasks = userTasks();
		assertThat(tasks).as("user tasks in models/").isNotEmpty();

		assertThat(tasks).as("user tasks without forms/<processKey>/<UserTaskId>.json")
			.allSatisfy(
					(task) -> assertThat(new ClassPathResource("forms/" + task + ".json").exists()).as(task).isTrue());
	}

	@Test
	void everyFormBelongsToAUserTask() throws IOException {
		Set<String> forms = new TreeSet<>(schemas().keySet());

		assertThat(forms).as("forms without a user task").isSubsetOf(userTasks());
	}

	@Test
	void everyTextOfAFormIsInBothLanguages() throws IOException {
		Properties chinese = bundle("i18n/forms.properties");
		Properties english = bundle("i18n/forms_en.properties");
		Map<String, Set<String>> missing = new TreeMap<>();
		schemas().forEach((form, schema) -> keysOf(schema, new TreeSet<>()).forEach((key) -> {
			if (!chinese.containsKey(key) || !english.containsKey(key)) {
				missing.computeIfAbsent(form, (f) -> new TreeSet<>()).add(key);
			}
		}));

		assertThat(missing).as("message keys of forms missing from forms.properties or forms_en.properties").isEmpty();
	}

	@Test
	void findsTheKeysOfNestedFieldsAndOptions() throws IOException {
		JsonNode schema = new ObjectMapper().readTree("""
				{"titleKey": "t", "fields": [{"name": "r", "labelKey": "l", "fields": [
				  {"helpKey": "h", "options": [{"value": "A", "labelKey": "o"}], "patternKey": "p"}]}]}
				""");

		assertThat(keysOf(schema, new TreeSet<>())).containsExactly("h", "l", "o", "p", "t");
	}

	/** {@code <processKey>/<UserTaskId>} of every user task in every model. */
	private static Set<String> userTasks() throws IOException {
		Set<String> tasks = new TreeSet<>();
		for (Resource model : RESOURCES.getResources("classpath*:models/**/*.bpmn")) {
			try (InputStream in = model.getInputStream()) {
				BpmnModelInstance instance = Bpmn.readModelFromStream(in);
				for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
					tasks.add(processOf(task).getId() + "/" + task.getId());
				}
			}
		}
		return tasks;
	}

	private static Process processOf(ModelElementInstance element) {
		ModelElementInstance parent = element.getParentElement();
		while (!(parent instanceof Process)) {
			parent = parent.getParentElement();
		}
		return (Process) parent;
	}

	/** Every schema by {@code <processKey>/<UserTaskId>}. */
	private static Map<String, JsonNode> schemas() throws IOException {
		Map<String, JsonNode> schemas = new TreeMap<>();
		ObjectMapper json = new ObjectMapper();
		for (Resource schema : RESOURCES.getResources("classpath*:forms/**/*.json")) {
			String path = schema.getURL().getPath();
			String form = path.substring(path.lastIndexOf("/forms/") + "/forms/".length(),
					path.length() - ".json".length());
			try (InputStream in = schema.getInputStream()) {
				schemas.put(form, json.readTree(in));
			}
		}
		return schemas;
	}

	/** The values of every property named {@code ...Key}, however deep. */
	private static Set<String> keysOf(JsonNode node, Set<String> keys) {
		if (node.isArray()) {
			node.forEach((element) -> keysOf(element, keys));
		}
		else if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext();) {
				Map.Entry<String, JsonNode> member = members.next();
				if (member.getKey().endsWith("Key") && member.getValue().isTextual()) {
					keys.add(member.getValue().asText());
				}
				keysOf(member.getValue(), keys);
			}
		}
		return keys;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader in = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
