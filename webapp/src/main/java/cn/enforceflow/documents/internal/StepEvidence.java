package cn.enforceflow.documents.internal;

import cn.enforceflow.documents.Attachments;
import cn.enforceflow.workflow.StepCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Evidence uploaded on a task goes with its step when the step is completed, in the same
 * transaction: from then on it can no longer be deleted.
 */
@Component
class StepEvidence {

	private final Attachments attachments;

	StepEvidence(Attachments attachments) {
		this.attachments = attachments;
	}

	@EventListener
	void completed(StepCompleted step) {
		if (step.businessKey() != null) {
			this.attachments.submitStep(step.username(), step.businessKey(), step.taskId());
		}
	}

}
