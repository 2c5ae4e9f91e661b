package cn.enforceflow.taskform.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormOptionSource;
import cn.enforceflow.taskform.FormRowSource;
import cn.enforceflow.taskform.FormValues;
import cn.enforceflow.taskform.RenderedForm;
import cn.enforceflow.taskform.TaskForm;
import cn.enforceflow.taskform.TaskForms;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
class TaskFormService implements TaskForms {

	private static final Logger log = LoggerFactory.getLogger(TaskFormService.class);

	private final FormSchemas schemas;

	private final Map<String, FormOptionSource> optionSources;

	private final Map<String, FormRowSource> rowSources;

	private final Clock clock;

	private final FormValidator validator = new FormValidator();

	TaskFormService(FormSchemas schemas, List<FormOptionSource> optionSources, List<FormRowSource> rowSources,
			Clock clock) {
		this.schemas = schemas;
		this.optionSources = byName(optionSources, FormOptionSource::name);
		this.rowSources = byName(rowSources, FormRowSource::name);
		this.clock = clock;
		reportMissingSources();
	}

	@Override
	public Optional<TaskForm> formOf(String processKey, String taskKey) {
		return this.schemas.form(processKey, taskKey);
	}

	@Override
	public List<TaskForm> forms() {
		return List.copyOf(this.schemas.all());
	}

	@Override
	public RenderedForm prepare(TaskForm form, FormContext context) {
		if (!form.processKey().equals(context.processKey()) || !form.taskKey().equals(context.taskKey())) {
			throw new IllegalArgumentException("The context of " + context.processKey() + "/" + context.taskKey()
					+ " does not belong to the form " + form.key());
		}
		return new FormPreparer(DateBound.today(this.clock),
				(name) -> source(this.optionSources, name, "option", form).options(context),
				(name) -> source(this.rowSources, name, "row", form).rows(context))
			.prepare(form);
	}

	@Override
	public FormValues validate(TaskForm form, FormContext context, Map<String, List<String>> submitted) {
		return this.validator.validate(prepare(form, context), Submission.of(submitted));
	}

	@Override
	public FormValues validate(TaskForm form, FormContext context, JsonNode json) {
		return this.validator.validate(prepare(form, context), Submission.of(json));
	}

	private static <S> S source(Map<String, S> sources, String name, String kind, TaskForm form) {
		S source = sources.get(name);
		if (source == null) {
			throw new IllegalStateException("The task form " + form.key() + " names the " + kind + " source '" + name
					+ "', which no bean provides (known: " + sources.keySet() + ")");
		}
		return source;
	}

	/**
	 * Sources are provided by the capabilities that own the data, some of them later than
	 * their forms; until then those forms cannot be shown, which the log says at once.
	 */
	private void reportMissingSources() {
		Map<String, Set<String>> missing = new TreeMap<>();
		for (TaskForm form : this.schemas.all()) {
			form.optionSources()
				.stream()
				.filter((name) -> !this.optionSources.containsKey(name))
				.forEach((name) -> missing.computeIfAbsent(name, (n) -> new TreeSet<>()).add(form.key()));
			form.rowSources()
				.stream()
				.filter((name) -> !this.rowSources.containsKey(name))
				.forEach((name) -> missing.computeIfAbsent(name, (n) -> new TreeSet<>()).add(form.key()));
		}
		if (!missing.isEmpty()) {
			log.warn("Task forms name sources that no bean provides yet; these forms cannot be shown: {}", missing);
		}
	}

	private static <S> Map<String, S> byName(List<S> sources, Function<S, String> name) {
		Map<String, S> byName = new TreeMap<>();
		for (S source : sources) {
			S previous = byName.put(name.apply(source), source);
			if (previous != null) {
				throw new IllegalStateException("Two form sources are named '" + name.apply(source) + "': "
						+ previous.getClass().getName() + " and " + source.getClass().getName());
			}
		}
		return byName;
	}

}
