package cn.enforceflow.documents;

import cn.enforceflow.platform.NotFoundException;

/**
 * No attachment has this id, or the person may not know of it.
 */
public class AttachmentNotFoundException extends NotFoundException {

	public AttachmentNotFoundException(String id) {
		super("documents.attachment.notFound", id);
	}

}
