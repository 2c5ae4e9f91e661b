package cn.enforceflow.integrations.mail;

/**
 * The mail server could not take a message.
 */
public class MailDeliveryException extends RuntimeException {

	public MailDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
