package cn.enforceflow.documents;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * An upload that breaks a rule: too many files, a file too large, empty, or of a type not
 * allowed. Nothing of the upload is stored.
 */
public class AttachmentRefusedException extends BusinessRuleException {

	private final HttpStatus status;

	public AttachmentRefusedException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.status = status;
	}

	@Override
	public HttpStatus status() {
		return this.status;
	}

}
