package cn.enforceflow.invitation;

import java.util.List;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * 检查组: the lead officer (主办), who has the officer steps, and the second officer (协办); two
 * different people (行政处罚法 第四十二条: no fewer than two officers).
 */
public record Team(String lead, String second) {

	public static Team of(String lead, String second) {
		String first = (lead != null) ? lead.strip() : "";
		String other = (second != null) ? second.strip() : "";
		if (first.isEmpty() || other.isEmpty()) {
			throw new BusinessRuleException("invitation.team.required");
		}
		if (first.equals(other)) {
			throw new BusinessRuleException("invitation.team.distinct");
		}
		return new Team(first, other);
	}

	public List<String> members() {
		return List.of(this.lead, this.second);
	}

	public boolean includes(String username) {
		return this.lead.equals(username) || this.second.equals(username);
	}

}
