package cn.enforceflow.inbox.web;

import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.inbox.CaseTimeline;
import cn.enforceflow.inbox.CaseTimelines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's timeline and its process diagram, for the people who may see the case.
 */
@RestController
@Tag(name = "cases", description = "案件进程：流程图与办理经过")
class CaseApiController {

	private final CaseTimelines timelines;

	CaseApiController(CaseTimelines timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/api/cases/{businessKey}/timeline")
	@Operation(summary = "案件办理经过：每一环节的办理人、时间、结果、意见、期限与是否超期，以及流程图上已完成和当前所在的节点")
	CaseTimeline timeline(UserProfile user, @PathVariable String businessKey) {
		return this.timelines.timeline(user, businessKey);
	}

	@GetMapping("/api/cases/{businessKey}/diagram")
	@Operation(summary = "案件所用流程模型（BPMN 2.0 XML）")
	ResponseEntity<byte[]> diagram(UserProfile user, @PathVariable String businessKey) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.body(this.timelines.diagram(user, businessKey));
	}

}
