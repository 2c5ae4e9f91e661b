package cn.enforceflow.documents;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * The person may see the case, the document or the attachment, but not do this with it:
 * confirm receipt of a document addressed to others, upload to a case they take no part
 * in, delete someone else's or a submitted attachment.
 */
public class FileAccessRefusedException extends BusinessRuleException {

	public FileAccessRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
