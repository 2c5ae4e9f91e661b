package cn.enforceflow.taskform;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.enforceflow.identity.UserProfile;

/**
 * Whom a form is shown to and for which case: what option and row sources need to list
 * the right people and items.
 *
 * @param processInstanceId {@code null} before the process runs (previews, tests)
 * @param businessKey the case's tracking number, or {@code null}
 * @param attributes case attributes the caller passes, e.g. {@link #DEPARTMENT_CODE}
 */
public record FormContext(UserProfile user, String processKey, String taskKey, String processInstanceId,
		String businessKey, Map<String, Object> attributes) {

	/**
	 * The department whose people a source lists, as a {@code String} or a
	 * {@code DepartmentCode}; without it, the user's own department.
	 */
	public static final String DEPARTMENT_CODE = "departmentCode";

	public FormContext {
		Objects.requireNonNull(user, "user");
		attributes = (attributes != null) ? Map.copyOf(attributes) : Map.of();
	}

	/** The context of a form shown to a user outside any case. */
	public static FormContext of(UserProfile user, TaskForm form) {
		return new FormContext(user, form.processKey(), form.taskKey(), null, null, Map.of());
	}

	public Optional<Object> attribute(String name) {
		return Optional.ofNullable(this.attributes.get(name));
	}

	public FormContext withAttribute(String name, Object value) {
		Map<String, Object> changed = new HashMap<>(this.attributes);
		changed.put(name, value);
		return new FormContext(this.user, this.processKey, this.taskKey, this.processInstanceId, this.businessKey,
				changed);
	}

}
