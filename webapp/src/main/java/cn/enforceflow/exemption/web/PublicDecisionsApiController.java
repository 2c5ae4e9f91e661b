package cn.enforceflow.exemption.web;

import java.util.List;

import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.exemption.PublishedDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 行政执法公示 as JSON: the published decisions not to penalise, without sign-in. */
@RestController
@Tag(name = "public")
class PublicDecisionsApiController {

	private final Exemptions exemptions;

	PublicDecisionsApiController(Exemptions exemptions) {
		this.exemptions = exemptions;
	}

	@GetMapping("/api/public/decisions")
	@Operation(summary = "已公示的不予行政处罚决定（企业名称、违法事项、依据、决定书文号与日期；个人信息已遮蔽），无需登录")
	List<PublishedDecision> decisions() {
		return this.exemptions.published(PublicDecisionsController.SHOWN);
	}

}
