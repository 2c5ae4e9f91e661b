package cn.enforceflow.exemption.web;

import java.util.List;

import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.exemption.PublishedDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 行政执法公示: the published decisions not to penalise, without sign-in, with personal data
 * masked.
 */
@Controller
@Tag(name = "public")
class PublicDecisionsController {

	private static final int SHOWN = 200;

	private final Exemptions exemptions;

	PublicDecisionsController(Exemptions exemptions) {
		this.exemptions = exemptions;
	}

	@GetMapping("/api/public/decisions")
	@ResponseBody
	@Operation(summary = "已公示的不予行政处罚决定（企业名称、违法事项、依据、决定书文号与日期；个人信息已遮蔽），无需登录")
	List<PublishedDecision> decisions() {
		return this.exemptions.published(SHOWN);
	}

	@GetMapping("/public/decisions")
	String page(Model model) {
		model.addAttribute("decisions", this.exemptions.published(SHOWN));
		return "public/decisions";
	}

}
