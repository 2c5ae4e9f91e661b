package cn.enforceflow.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The problems of one row, collected while a target parses it: every cell is checked, so
 * that an administrator fixes the file in one go.
 */
public final class RowErrors {

	private final int row;

	private final Map<String, String> headers;

	private final List<ImportError> errors = new ArrayList<>();

	/**
	 * @param headers the header of each column key as the file writes it
	 */
	public RowErrors(int row, Map<String, String> headers) {
		this.row = row;
		this.headers = headers;
	}

	/**
	 * A problem with a cell; the message's first argument is the column's header as the
	 * file writes it, the given arguments follow.
	 */
	public void reject(String columnKey, String messageKey, Object... arguments) {
		String header = this.headers.getOrDefault(columnKey, columnKey);
		List<String> all = new ArrayList<>();
		all.add(header);
		Arrays.stream(arguments).map(String::valueOf).forEach(all::add);
		this.errors.add(new ImportError(this.row, header, messageKey, all));
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
