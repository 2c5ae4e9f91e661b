package cn.enforceflow.documents;

import org.springframework.core.io.InputStreamSource;

/**
 * The bytes of an attachment, to be streamed to whoever asked.
 *
 * @param attachment what it is
 * @param content its bytes, opened when read; the reader closes the stream
 */
public record AttachmentContent(Attachment attachment, InputStreamSource content) {

}
