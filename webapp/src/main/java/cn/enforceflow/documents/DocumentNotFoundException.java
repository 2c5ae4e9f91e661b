package cn.enforceflow.documents;

import cn.enforceflow.platform.NotFoundException;

/**
 * No document has this id, or the person may not know of it.
 */
public class DocumentNotFoundException extends NotFoundException {

	public DocumentNotFoundException(String id) {
		super("documents.document.notFound", id);
	}

}
