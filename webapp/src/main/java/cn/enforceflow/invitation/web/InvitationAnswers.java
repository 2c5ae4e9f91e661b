package cn.enforceflow.invitation.web;

import java.util.Locale;

import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.web.ApiBodies.Answer;
import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the invitation API answers after an action: where the invitation stands, and what
 * happened and comes next in the reader's language.
 */
@Component
class InvitationAnswers {

	private final MessageSource messages;

	InvitationAnswers(MessageSource messages) {
		this.messages = messages;
	}

	Answer answer(InvitationOutcome outcome, Locale locale) {
		return new Answer(outcome.trackingNumber(), outcome.status(),
				this.messages.getMessage(outcome.messageKey(), outcome.arguments().toArray(), locale));
	}

	String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A body the action needs; without one, a 400 problem. */
	static <T> T required(T body) {
		if (body == null) {
			throw new BusinessRuleException("invitation.api.body");
		}
		return body;
	}

}
