package cn.enforceflow.imports;

import java.util.List;

/**
 * A column of an import file: the key a target reads it by, the Chinese header that
 * exports write, and the other headers a file may use instead (the English/code ones).
 * Headers are matched ignoring case and surrounding blanks.
 */
public record ImportColumn(String key, String header, List<String> aliases, boolean required) {

	public ImportColumn {
		aliases = List.copyOf(aliases);
	}

	/** A column the file must have. */
	public static ImportColumn required(String key, String header, String... aliases) {
		return new ImportColumn(key, header, List.of(aliases), true);
	}

	/** A column a file may leave out: every row then reads it as empty. */
	public static ImportColumn optional(String key, String header, String... aliases) {
		return new ImportColumn(key, header, List.of(aliases), false);
	}

	/** Whether a file's header names this column. */
	public boolean matches(String text) {
		String name = text.strip();
		return this.header.equalsIgnoreCase(name) || this.aliases.stream().anyMatch(name::equalsIgnoreCase);
	}

}
