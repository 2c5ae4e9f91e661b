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

	DeadlineReminderDelegate(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		WatchedTasks.of(execution).forEach(this.deadlines::remind);
	}

}
