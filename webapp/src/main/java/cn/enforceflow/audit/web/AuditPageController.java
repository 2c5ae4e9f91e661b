package cn.enforceflow.audit.web;

import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 审计日志 — whether the chain is intact, and its newest entries, for administrators
 * ({@code /admin/**}).
 */
@PageController
class AuditPageController {

	/** The newest entries shown. */
	static final int LATEST = 50;

	private final AuditTrail trail;

	AuditPageController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String audit(Model model) {
		model.addAttribute("verification", this.trail.verify());
		model.addAttribute("entries", this.trail.latest(LATEST));
		model.addAttribute("latest", LATEST);
		return "audit/admin";
	}

}
