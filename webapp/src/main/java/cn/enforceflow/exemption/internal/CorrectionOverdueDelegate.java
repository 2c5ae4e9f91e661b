package cn.enforceflow.exemption.internal;

import cn.enforceflow.processes.exemption.ExemptionModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 逾期未改正: the correction deadline passed without a report; the case is assessed again. */
@Component(ExemptionModel.CORRECTION_OVERDUE_DELEGATE)
class CorrectionOverdueDelegate implements JavaDelegate {

	private final CorrectionHandler corrections;

	CorrectionOverdueDelegate(CorrectionHandler corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(ExemptionModel.VAR_OUTCOME, this.corrections.overdue(execution.getProcessBusinessKey()));
	}

}
