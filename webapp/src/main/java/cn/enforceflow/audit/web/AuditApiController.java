package cn.enforceflow.audit.web;

import java.util.List;

import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.audit.AuditVerification;
import cn.enforceflow.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators (the integrity of the whole chain) and supervisors
 * (the record of a case).
 */
@RestController
@Tag(name = "audit", description = "审计日志（执法全过程记录）")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/audit/verify")
	@PreAuthorize("@access.administrator(authentication)")
	@Operation(summary = "校验整条审计链，报告第一处被篡改的记录（仅系统管理员）")
	public AuditVerification verify() {
		return this.trail.verify();
	}

	@GetMapping("/api/audit")
	@PreAuthorize("@access.caseRecordsReader(authentication)")
	@Operation(summary = "某一案件的审计记录，按时间先后（系统管理员与执法监督员）")
	public List<AuditEntry> ofCase(
			@Parameter(description = "案件编号（业务键），例如 YY-2026-000123") @RequestParam(required = false) String caseKey) {
		if (caseKey == null || caseKey.isBlank()) {
			throw new BusinessRuleException("audit.query.caseKeyMissing");
		}
		return this.trail.ofCase(caseKey.strip());
	}

}
