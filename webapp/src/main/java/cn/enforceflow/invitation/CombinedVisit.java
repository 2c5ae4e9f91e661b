package cn.enforceflow.invitation;

import java.util.List;

/**
 * What a dispatcher should know before accepting (综合查一次): the enterprise's other open
 * invitations and agreed visits with any department, so that visits can be combined, and
 * how often it was inspected this year.
 *
 * @param inspectedThisYear visits recorded for the enterprise this year, by any
 * department
 * @param inspectedOften at least the configured number of visits this year
 */
public record CombinedVisit(List<InvitationSummary> otherOpen, long inspectedThisYear, boolean inspectedOften) {

	public CombinedVisit {
		otherOpen = List.copyOf(otherOpen);
	}

}
