package cn.enforceflow.imports;

import java.util.List;

/**
 * What is wrong with a file: the row as the user sees it in the spreadsheet (0 for the
 * file as a whole), the column's header as the file writes it (null for the whole row or
 * file), and the message key with its arguments, read in the reader's language.
 */
public record ImportError(int row, String column, String messageKey, List<String> arguments) {

	public ImportError {
		arguments = List.copyOf(arguments);
	}

	public static ImportError ofFile(String messageKey, String... arguments) {
		return new ImportError(0, null, messageKey, List.of(arguments));
	}

}
