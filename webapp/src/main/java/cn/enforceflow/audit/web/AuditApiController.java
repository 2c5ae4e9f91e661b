package cn.enforceflow.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.audit.AuditEntry;
import cn.enforceflow.audit.AuditFilter;
import cn.enforceflow.audit.AuditPage;
import cn.enforceflow.audit.AuditSearch;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.audit.AuditVerification;
import cn.enforceflow.platform.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators (the integrity of the whole chain, and its entries
 * by the audit page's filters) and supervisors (the record of a case).
 */
@RestController
@Tag(name = "audit", description = "审计日志（执法全过程记录）")
class AuditApiController {

	private final AuditTrail trail;

	private final AuditSearch search;

	private final AuditEntryViews views;

	private final MessageSource messages;

	AuditApiController(AuditTrail trail, AuditSearch search, AuditEntryViews views, MessageSource messages) {
		this.trail = trail;
		this.search = search;
		this.views = views;
		this.messages = messages;
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

	@GetMapping("/api/audit/entries")
	@PreAuthorize("@access.administrator(authentication)")
	@Operation(summary = "按案件、人员、期间、记录类型和类别查找审计记录，新的在前，分页（仅系统管理员）")
	public EntriesAnswer entries(
			@Parameter(description = "案件编号（业务键），完全一致，例如 YY-2026-000123") @RequestParam(name = "case",
					required = false) String caseKey,
			@Parameter(description = "操作人的用户名，完全一致，例如 officer1；system 为系统") @RequestParam(
					required = false) String actor,
			@Parameter(description = "起始日期（含），北京时间，YYYY-MM-DD") @RequestParam(required = false) String from,
			@Parameter(description = "截止日期（含），北京时间，YYYY-MM-DD") @RequestParam(required = false) String to,
			@Parameter(description = "记录类型（操作代码），例如 TASK_CLAIMED、SIGNED_IN") @RequestParam(
					required = false) String kind,
			@Parameter(description = "CASE（案件与办理记录）或 SECURITY（登录与安全）；不填为全部") @RequestParam(
					required = false) String category,
			@Parameter(description = "页码，从 0 开始") @RequestParam(required = false) String page,
			@Parameter(description = "每页条数，1 到 100，默认 20") @RequestParam(required = false) String size) {
		AuditFilter filter = AuditParameters.filter(caseKey, actor, from, to, kind, category);
		AuditPage found = this.search.find(filter, AuditParameters.page(page), AuditParameters.size(size));
		List<AuditEntryView> shown = this.views.of(found.items());
		List<EntryItem> items = new ArrayList<>();
		for (int i = 0; i < found.items().size(); i++) {
			items.add(item(found.items().get(i), shown.get(i)));
		}
		return new EntriesAnswer(items, found.page(), found.size(), found.total());
	}

	private EntryItem item(AuditEntry entry, AuditEntryView view) {
		String actorName = view.system() ? message("audit.actor.system", null)
				: view.anonymous() ? message("audit.actor.anonymous", null) : view.actorName();
		return new EntryItem(entry.seq(), entry.recordedAt(), entry.actor(), actorName, entry.action(),
				message("audit.action." + entry.action(), entry.action()), entry.caseKey(), entry.subjectType(),
				entry.subjectId(), entry.before(), entry.after(), entry.detail(), entry.previousHash(), entry.hash());
	}

	private String message(String key, String otherwise) {
		return this.messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
	}

	/** A page of entries, newest first. */
	record EntriesAnswer(List<EntryItem> items, int page, int size, long total) {

	}

	/**
	 * An entry as stored, with the names people read: {@code actorName} is the actor's
	 * display name (null when the username names no account), {@code actionName} the
	 * action's (its code when it has none).
	 */
	record EntryItem(long seq, Instant recordedAt, String actor, String actorName, String action, String actionName,
			String caseKey, String subjectType, String subjectId, String before, String after, String detail,
			String previousHash, String hash) {

	}

}
