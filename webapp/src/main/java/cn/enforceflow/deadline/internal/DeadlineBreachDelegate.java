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

	private final WatchedTasks watched;

	DeadlineBreachDelegate(Deadlines deadlines, WatchedTasks watched) {
		this.deadlines = deadlines;
		this.watched = watched;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.watched.of(execution).forEach(this.deadlines::recordBreach);
	}

}
