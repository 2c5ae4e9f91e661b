package cn.enforceflow.inbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import org.springframework.stereotype.Component;

/**
 * Names candidate groups as people read them: {@code YJJ.OFFICER} is 应急管理局 and the role
 * 执法人员 (the role's text comes from the bundles, {@code role.<ROLE>}).
 */
@Component
public class GroupLabels {

	private final Organizations organizations;

	GroupLabels(Organizations organizations) {
		this.organizations = organizations;
	}

	/** A label for each group id; an id no rule produces keeps its id as the name. */
	public Map<String, Label> of(Collection<String> groupIds) {
		Map<String, Label> labels = new LinkedHashMap<>();
		for (String groupId : groupIds) {
			labels.computeIfAbsent(groupId, (id) -> CandidateGroups.parse(id).map((membership) -> {
				String organisation = membership.department()
					.flatMap(this.organizations::department)
					.map(Department::name)
					.or(() -> membership.enterprise().flatMap(this.organizations::enterprise).map(Enterprise::name))
					.orElse("");
				return new Label(organisation, membership.role().name());
			}).orElse(new Label(id, null)));
		}
		return labels;
	}

	/**
	 * A group's organisation and role; the role is null for a group that names no role.
	 */
	public record Label(String organisation, String role) {

	}

}
