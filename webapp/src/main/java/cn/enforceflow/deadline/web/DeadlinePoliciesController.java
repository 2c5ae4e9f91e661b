package cn.enforceflow.deadline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.enforceflow.deadline.DeadlinePolicies;
import cn.enforceflow.deadline.DeadlinePolicy;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 期限规则 — the configured deadline policies, for administrators ({@code /admin/**}).
 */
@PageController
class DeadlinePoliciesController {

	private final DeadlinePolicies policies;

	DeadlinePoliciesController(DeadlinePolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/admin/deadlines")
	String policies(Model model) {
		Map<String, List<DeadlinePolicy>> byProcess = new LinkedHashMap<>();
		for (DeadlinePolicy policy : this.policies.all()) {
			String process = policy.key().substring(0, policy.key().indexOf('.'));
			byProcess.computeIfAbsent(process, (p) -> new ArrayList<>()).add(policy);
		}
		model.addAttribute("processes", byProcess);
		return "deadline/policies";
	}

}
