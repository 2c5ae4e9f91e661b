package cn.enforceflow.deadline.internal;

import cn.enforceflow.deadline.Deadlines;
import cn.enforceflow.processes.DeadlineModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Behind every reminder timer: the watched task's deadline comes up. */
@Component(DeadlineModel.REMINDER_DELEGATE)
class DeadlineReminderDelegate implements JavaDelegate {

	private final Deadlines deadlines;

	private final WatchedTasks watched;

	DeadlineReminderDelegate(Deadlines deadlines, WatchedTasks watched) {
		this.deadlines = deadlines;
		this.watched = watched;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.watched.of(execution).forEach(this.deadlines::remind);
	}

}
