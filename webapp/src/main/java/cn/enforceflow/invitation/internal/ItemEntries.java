package cn.enforceflow.invitation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * The entries of a step keyed by item code, checked against the items they may be for.
 */
final class ItemEntries {

	private ItemEntries() {
	}

	/**
	 * Exactly one entry for each expected item and none other.
	 * @param key the message, with the missing and the unexpected codes
	 */
	static <T> Map<String, T> exactly(Collection<String> expected, Collection<T> entries, Function<T, String> itemCode,
			String key) {
		Map<String, T> keyed = keyed(expected, entries, itemCode, key);
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(keyed.keySet());
		if (!missing.isEmpty()) {
			throw new BusinessRuleException(key, String.join("、", missing), "");
		}
		return keyed;
	}

	/**
	 * At least one entry, each for one of the expected items, none twice: a step done for
	 * some items now and the others later.
	 */
	static <T> Map<String, T> some(Collection<String> expected, Collection<T> entries, Function<T, String> itemCode,
			String key) {
		if (entries.isEmpty()) {
			throw new BusinessRuleException(key + ".none");
		}
		return keyed(expected, entries, itemCode, key);
	}

	private static <T> Map<String, T> keyed(Collection<String> expected, Collection<T> entries,
			Function<T, String> itemCode, String key) {
		Map<String, T> keyed = new LinkedHashMap<>();
		Set<String> unexpected = new TreeSet<>();
		for (T entry : entries) {
			String code = (itemCode.apply(entry) != null) ? itemCode.apply(entry).strip() : "";
			if (!expected.contains(code) || keyed.putIfAbsent(code, entry) != null) {
				unexpected.add(code);
			}
		}
		if (!unexpected.isEmpty()) {
			Set<String> missing = new TreeSet<>(expected);
			missing.removeAll(keyed.keySet());
			throw new BusinessRuleException(key, String.join("、", missing), String.join("、", unexpected));
		}
		return keyed;
	}

}
