package cn.enforceflow.calendar;

import java.util.List;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * A calendar file that cannot be imported, with every reason found and the line it is on.
 * Nothing of such a file is stored.
 */
public class CalendarFileException extends BusinessRuleException {

	private final transient List<Problem> problems;

	public CalendarFileException(List<Problem> problems) {
		super("calendar.import.invalid", String.valueOf(problems.size()));
		this.problems = List.copyOf(problems);
	}

	public CalendarFileException(Problem problem) {
		this(List.of(problem));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * What is wrong, as a message key and its arguments, and where: the line (the row in
	 * a spreadsheet), or 0 for the file as a whole.
	 */
	public record Problem(int line, String messageKey, List<String> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		public static Problem ofFile(String messageKey, String... arguments) {
			return new Problem(0, messageKey, List.of(arguments));
		}

		public static Problem onLine(int line, String messageKey, String... arguments) {
			return new Problem(line, messageKey, List.of(arguments));
		}

	}

}
