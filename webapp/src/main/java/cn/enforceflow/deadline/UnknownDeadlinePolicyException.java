package cn.enforceflow.deadline;

/**
 * A model or a caller named a deadline policy that is not configured under
 * {@code enforceflow.deadlines.policies}.
 */
public class UnknownDeadlinePolicyException extends IllegalArgumentException {

	public UnknownDeadlinePolicyException(String key, Iterable<String> known) {
		super("No deadline policy '" + key + "' is configured (enforceflow.deadlines.policies); known policies: "
				+ String.join(", ", known));
	}

}
