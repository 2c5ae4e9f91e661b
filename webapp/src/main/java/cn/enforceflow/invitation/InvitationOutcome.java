package cn.enforceflow.invitation;

import java.util.List;

/**
 * Where an invitation stands after a step, and a sentence saying what happened and what
 * comes next ("已受理，下一步：刘洋将在 5 个工作日内拟定检查时间").
 *
 * @param messageKey the sentence in the bundles
 * @param arguments its arguments
 */
public record InvitationOutcome(String trackingNumber, InvitationStatus status, String messageKey,
		List<Object> arguments) {

	public InvitationOutcome {
		arguments = List.copyOf(arguments);
	}

}
