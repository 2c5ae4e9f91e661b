package cn.enforceflow.integrations.mail;

import java.util.Objects;

/**
 * One plain-text message to one address.
 */
public record OutgoingMail(String to, String subject, String body) {

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
	}

}
