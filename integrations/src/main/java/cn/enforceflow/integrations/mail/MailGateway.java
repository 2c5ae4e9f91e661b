package cn.enforceflow.integrations.mail;

/**
 * Hands a message to the mail system. Callers treat a failure as "try again later": the
 * gateway never retries by itself.
 */
public interface MailGateway {

	/**
	 * @throws MailDeliveryException when the mail server cannot be reached or refuses the
	 * message
	 */
	void send(OutgoingMail mail);

}
