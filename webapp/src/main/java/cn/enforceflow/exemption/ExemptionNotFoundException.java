package cn.enforceflow.exemption;

import cn.enforceflow.platform.NotFoundException;

/** No such case, or not one this person may know of. */
public class ExemptionNotFoundException extends NotFoundException {

	public ExemptionNotFoundException(String caseNumber) {
		super("exemption.notFound", caseNumber);
	}

}
