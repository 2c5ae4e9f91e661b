package cn.enforceflow.invitation.internal;

import cn.enforceflow.processes.invitation.InvitationModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 以未评价办结: the rating period ended without a rating. */
@Component(InvitationModel.CLOSE_UNRATED_DELEGATE)
class UnratedDelegate implements JavaDelegate {

	private final RatingHandler ratings;

	UnratedDelegate(RatingHandler ratings) {
		this.ratings = ratings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.ratings.expired(execution.getProcessBusinessKey());
	}

}
