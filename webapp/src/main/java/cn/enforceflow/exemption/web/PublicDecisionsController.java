package cn.enforceflow.exemption.web;

import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 行政执法公示: the published decisions not to penalise, without sign-in, with personal data
 * masked.
 */
@PageController
class PublicDecisionsController {

	static final int SHOWN = 200;

	private final Exemptions exemptions;

	PublicDecisionsController(Exemptions exemptions) {
		this.exemptions = exemptions;
	}

	@GetMapping("/public/decisions")
	String page(Model model) {
		model.addAttribute("decisions", this.exemptions.published(SHOWN));
		return "public/decisions";
	}

}
