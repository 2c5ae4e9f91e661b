package cn.enforceflow.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes import errors in the reader's language, each with where it is: 第3行“部门”：… for a
 * cell, 第3行：… for a row, the message alone for the file.
 */
@Component
public class ImportMessages {

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** What is wrong, without where. */
	public String reason(ImportError error, Locale locale) {
		return this.messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(), locale);
	}

	/** What is wrong and where. */
	public String message(ImportError error, Locale locale) {
		String reason = reason(error, locale);
		if (error.row() <= 0) {
			return reason;
		}
		if (error.column() == null) {
			return this.messages.getMessage("import.error.atRow", new Object[] { String.valueOf(error.row()), reason },
					locale);
		}
		return this.messages.getMessage("import.error.atCell",
				new Object[] { String.valueOf(error.row()), error.column(), reason }, locale);
	}

	/** One error for an answer: row, column, message. */
	public Answer answer(ImportError error, Locale locale) {
		return new Answer((error.row() > 0) ? error.row() : null, error.column(), message(error, locale),
				error.messageKey());
	}

	public List<Answer> answers(List<ImportError> errors, Locale locale) {
		return errors.stream().map((error) -> answer(error, locale)).toList();
	}

	/** An error as the API and the pages show it. */
	public record Answer(Integer row, String column, String message, String code) {

	}

}
