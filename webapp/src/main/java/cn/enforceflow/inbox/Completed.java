package cn.enforceflow.inbox;

import java.util.List;

/**
 * What completing a step did and what comes next, as a sentence for the person who did it
 * ("已受理，下一步：主办人员在 5 个工作日内拟定检查时间"), and where to go to follow the case.
 *
 * @param messageKey the sentence in the bundles
 * @param arguments its arguments
 * @param next the page of the case, e.g. {@code /invitations/YY-2026-000123}
 */
public record Completed(String messageKey, List<Object> arguments, String next) {

	public Completed {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
