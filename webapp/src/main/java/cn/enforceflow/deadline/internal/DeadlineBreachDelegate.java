package cn.enforceflow.deadline.internal;

import cn.enforceflow.deadline.Deadlines;
import cn.enforceflow.processes.DeadlineModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Behind every overdue timer: the watched task passed its deadline. */
@Component(DeadlineModel.BREACH_DELEGATE)
class DeadlineBreachDelegate implements JavaDelegate {

	private final Deadlines deadlines;

	DeadlineBreachDelegate(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		WatchedTasks.of(execution).forEach(this.deadlines::recordBreach);
	}

}
