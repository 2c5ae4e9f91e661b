package cn.enforceflow.documents;

import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * A stored file no longer has the SHA-256 it was stored with, or is gone: someone changed
 * or removed it outside the application. It is not handed out.
 */
public class StoredFileDamagedException extends BusinessRuleException {

	public StoredFileDamagedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
