package cn.enforceflow.exemption.internal;

import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.CaseReaders;
import cn.enforceflow.processes.exemption.ExemptionModel;
import org.springframework.stereotype.Component;

/** Who may see a first-violation case: whoever may see the case in this workflow. */
@Component
class ExemptionReaders implements CaseReaders {

	private final Exemptions exemptions;

	ExemptionReaders(Exemptions exemptions) {
		this.exemptions = exemptions;
	}

	@Override
	public String processKey() {
		return ExemptionModel.PROCESS_KEY;
	}

	@Override
	public boolean mayRead(UserProfile user, String businessKey) {
		return this.exemptions.mayRead(user, businessKey);
	}

}
