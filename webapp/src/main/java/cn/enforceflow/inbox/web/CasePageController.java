package cn.enforceflow.inbox.web;

import java.util.HashSet;
import java.util.Set;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.CaseTimeline;
import cn.enforceflow.inbox.CaseTimelines;
import cn.enforceflow.inbox.GroupLabels;
import cn.enforceflow.platform.web.PageController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 案件进程: where a case stands, as its process diagram with the steps done and the current
 * one highlighted, and as the list of its steps.
 */
@PageController
class CasePageController {

	private final CaseTimelines timelines;

	private final GroupLabels groupLabels;

	CasePageController(CaseTimelines timelines, GroupLabels groupLabels) {
		this.timelines = timelines;
		this.groupLabels = groupLabels;
	}

	@GetMapping("/cases/{businessKey}")
	String timeline(UserProfile user, @PathVariable String businessKey, Model model) {
		CaseTimeline timeline = this.timelines.timeline(user, businessKey);
		Set<String> groups = new HashSet<>();
		timeline.steps().forEach((step) -> groups.addAll(step.candidateGroups()));
		model.addAttribute("timeline", timeline);
		model.addAttribute("groupLabels", this.groupLabels.of(groups));
		return "inbox/case";
	}

	/** The model the diagram on the page draws; read by the page's script. */
	@GetMapping("/cases/{businessKey}/diagram")
	ResponseEntity<byte[]> diagram(UserProfile user, @PathVariable String businessKey) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.body(this.timelines.diagram(user, businessKey));
	}

}
