package cn.enforceflow.documents.web;

import java.nio.charset.StandardCharsets;

import cn.enforceflow.documents.Attachment;
import cn.enforceflow.documents.AttachmentContent;
import cn.enforceflow.documents.DocumentContent;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How files leave the application, for the API and the pages alike: with their stored
 * type and length, the name in UTF-8 (RFC 6266), never cached by shared caches, and, for
 * an attachment, in a sandbox: whatever a file holds, it runs nothing in the
 * application's origin.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> pdf(DocumentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(content.pdf().length)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(content.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", content.sha256())
			.body(content.pdf());
	}

	static ResponseEntity<Resource> attachment(AttachmentContent content) {
		Attachment attachment = content.attachment();
		ContentDisposition disposition = (attachment.viewable() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(attachment.filename(), StandardCharsets.UTF_8)
			.build();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-SHA256", attachment.sha256());
		if (!attachment.contentType().equals("application/pdf")) {
			// browsers refuse to show a PDF in a sandbox; pictures and Office files need
			// none
			response.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
		}
		return response.body(new InputStreamResource(content.content()));
	}

}
