package cn.enforceflow.inbox;

import cn.enforceflow.platform.NotFoundException;

/**
 * No case has this business key, or this person may not know of it.
 */
public class CaseNotFoundException extends NotFoundException {

	public CaseNotFoundException(String businessKey) {
		super("inbox.case.notFound", businessKey);
	}

}
