package cn.enforceflow.integrations.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends UTF-8 plain-text mail through an SMTP server (Spring's {@link JavaMailSender}).
 */
public class SmtpMailGateway implements MailGateway {

	private final JavaMailSender sender;

	private final String from;

	public SmtpMailGateway(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(OutgoingMail mail) {
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			this.sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			throw new MailDeliveryException("mail to " + mail.to() + " not delivered: " + ex.getMessage(), ex);
		}
	}

}
