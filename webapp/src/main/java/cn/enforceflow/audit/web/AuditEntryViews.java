package cn.enforceflow.audit.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.enforceflow.audit.ActorNames;
import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditRecord;
import cn.enforceflow.audit.web.AuditEntryView.Change;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns stored entries into what the page and the API show: names for usernames, the
 * before and after values as the fields that changed. Reads only; the stored text is what
 * the hash covers and is never rewritten.
 */
@Component
class AuditEntryViews {

	/** The actor the identity capability records for whoever was not signed in. */
	static final String ANONYMOUS = "anonymous";

	/** Fields whose values are usernames. */
	static final Set<String> PERSON_FIELDS = Set.of("assignee", "leadOfficer", "secondOfficer", "receivedBy");

	/** What an empty value (JSON null) reads as. */
	static final String EMPTY = "—";

	private final ObjectProvider<ActorNames> names;

	private final ObjectMapper json;

	AuditEntryViews(ObjectProvider<ActorNames> names, ObjectMapper json) {
		this.names = names;
		this.json = json;
	}

	List<AuditEntryView> of(List<AuditEntry> entries) {
		Map<AuditEntry, List<Change>> changes = new LinkedHashMap<>();
		entries.forEach((entry) -> changes.put(entry, changes(entry.before(), entry.after())));
		Set<String> usernames = new LinkedHashSet<>();
		changes.forEach((entry, list) -> {
			usernames.add(entry.actor());
			list.stream()
				.filter((change) -> PERSON_FIELDS.contains(change.field()))
				.forEach((change) -> Stream.of(change.before(), change.after()).forEach(usernames::add));
		});
		Map<String, String> people = displayNames(usernames);
		return entries.stream().map((entry) -> view(entry, named(changes.get(entry), people), people)).toList();
	}

	/** The display names of those usernames that are people with an account. */
	Map<String, String> displayNames(Set<String> usernames) {
		Set<String> people = usernames.stream()
			.filter(Objects::nonNull)
			.filter((username) -> !EMPTY.equals(username))
			.filter((username) -> !isSystem(username) && !ANONYMOUS.equals(username))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		ActorNames directory = this.names.getIfAvailable();
		return (people.isEmpty() || directory == null) ? Map.of() : directory.displayNames(people);
	}

	private static AuditEntryView view(AuditEntry entry, List<Change> changes, Map<String, String> people) {
		String subjectId = Objects.equals(entry.subjectId(), entry.caseKey()) ? null : entry.subjectId();
		return new AuditEntryView(entry.seq(), entry.recordedAt(), entry.actor(), people.get(entry.actor()),
				isSystem(entry.actor()), ANONYMOUS.equals(entry.actor()), entry.action(), entry.caseKey(),
				entry.subjectType(), subjectId, changes, entry.detail());
	}

	/** The values of fields that name a person, as that person's name and username. */
	private static List<Change> named(List<Change> changes, Map<String, String> people) {
		return changes.stream()
			.map((change) -> PERSON_FIELDS.contains(change.field()) ? new Change(change.field(), change.key(),
					person(change.before(), people), person(change.after(), people)) : change)
			.toList();
	}

	private static String person(String username, Map<String, String> people) {
		String name = (username != null) ? people.get(username) : null;
		return (name != null) ? name + " (" + username + ")" : username;
	}

	static boolean isSystem(String actor) {
		return AuditRecord.SYSTEM.equals(actor);
	}

	/** The fields whose value differs between before and after, flattened one level. */
	List<Change> changes(String before, String after) {
		Map<String, String> old = flat(before);
		Map<String, String> now = flat(after);
		if (old == null || now == null) {
			// not JSON after all: shown as stored rather than not at all
			List<Change> raw = new ArrayList<>();
			if (before != null || after != null) {
				raw.add(new Change(null, null, before, (after != null) ? after : EMPTY));
			}
			return raw;
		}
		Set<String> fields = new LinkedHashSet<>(old.keySet());
		fields.addAll(now.keySet());
		List<Change> changes = new ArrayList<>();
		for (String path : fields) {
			String from = old.get(path);
			String to = now.get(path);
			if (before != null && after != null) {
				if (Objects.equals(from, to)) {
					continue;
				}
				from = (from != null) ? from : EMPTY;
				to = (to != null) ? to : EMPTY;
			}
			int dot = path.indexOf('.');
			changes.add(new Change((dot < 0) ? path : path.substring(0, dot),
					(dot < 0) ? null : path.substring(dot + 1), from, to));
		}
		return changes;
	}

	/**
	 * Field to value text, nested objects as {@code field.key}; an empty map for no
	 * values, null for text that is not a JSON object.
	 */
	private Map<String, String> flat(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		if (text == null) {
			return values;
		}
		JsonNode root;
		try {
			root = this.json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			return null;
		}
		if (root == null || !root.isObject()) {
			return null;
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getValue().isObject() && !field.getValue().isEmpty()) {
				field.getValue()
					.fields()
					.forEachRemaining(
							(inner) -> values.put(field.getKey() + "." + inner.getKey(), text(inner.getValue())));
			}
			else {
				values.put(field.getKey(), text(field.getValue()));
			}
		}
		return values;
	}

	private static String text(JsonNode value) {
		if (value.isNull() || value.isMissingNode() || (value.isContainerNode() && value.isEmpty())) {
			return EMPTY;
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(text(item)));
			return items.isEmpty() ? EMPTY : String.join("、", items);
		}
		if (value.isValueNode()) {
			String text = value.asText();
			return text.isEmpty() ? EMPTY : text;
		}
		return value.toString();
	}

}
