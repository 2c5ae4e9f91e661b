package cn.enforceflow.documents.web;

import cn.enforceflow.documents.AttachmentLimits;
import cn.enforceflow.documents.Attachments;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads what the server refused before the application saw the upload — too large
 * altogether or per file, too many parts, not multipart at all — as a message key with
 * its arguments, for the API and the pages.
 */
@Component
class UploadLimitProblems {

	private final Attachments attachments;

	UploadLimitProblems(Attachments attachments) {
		this.attachments = attachments;
	}

	Problem of(MultipartException ex) {
		AttachmentLimits limits = this.attachments.limits();
		if (ex instanceof MaxUploadSizeExceededException) {
			return new Problem(413, "documents.upload.tooLargeRequest",
					new Object[] { limits.maxFileSizeMegabytes(), limits.maxRequestSizeMegabytes() });
		}
		return new Problem(400, "documents.upload.malformed", new Object[] { String.valueOf(limits.maxFiles()) });
	}

	record Problem(int status, String messageKey, Object[] arguments) {

	}

}
