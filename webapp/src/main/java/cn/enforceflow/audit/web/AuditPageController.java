package cn.enforceflow.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.enforceflow.audit.AuditActionGroup;
import cn.enforceflow.audit.AuditCategory;
import cn.enforceflow.audit.AuditFilter;
import cn.enforceflow.audit.AuditPage;
import cn.enforceflow.audit.AuditSearch;
import cn.enforceflow.audit.AuditTrail;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 执法全过程记录 — whether the chain is intact, and the entries an administrator looks for
 * ({@code /admin/**}): two tabs, the work on cases and the sign-ins, each filtered by
 * case, person, period and kind, a page at a time. The filters are the page's address, so
 * a view can be bookmarked and sent on.
 */
@PageController
class AuditPageController {

	private final AuditTrail trail;

	private final AuditSearch search;

	private final AuditEntryViews views;

	private final MessageSource messages;

	AuditPageController(AuditTrail trail, AuditSearch search, AuditEntryViews views, MessageSource messages) {
		this.trail = trail;
		this.search = search;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping(AuditLinks.PATH)
	String audit(@RequestParam(name = "case", required = false) String caseKey,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String category, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, Model model, HttpServletResponse response) {
		model.addAttribute("verification", this.trail.verify());
		model.addAttribute("form", new Form(caseKey, actor, from, to, kind));
		AuditFilter filter;
		AuditCategory tab;
		int number;
		int perPage;
		try {
			filter = AuditParameters.filter(caseKey, actor, from, to, kind, null);
			// a kind belongs to one tab, and shows it whatever the address says
			tab = (filter.action() != null) ? AuditCategory.of(filter.action())
					: orElse(AuditParameters.category(category), AuditCategory.CASE);
			number = AuditParameters.page(page);
			perPage = AuditParameters.size(size);
		}
		catch (BusinessRuleException ex) {
			// typed into the form or the address: said beside the form, which keeps it
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			tab = AuditCategory.CASE;
			AuditLinks plain = new AuditLinks(null, null, null, null, null, AuditParameters.DEFAULT_SIZE);
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			model.addAttribute("category", tab.name().toLowerCase(Locale.ROOT));
			model.addAttribute("groups", AuditActionGroup.of(tab));
			model.addAttribute("tabs", List.of(new Tab(AuditCategory.CASE, null, plain.to(AuditCategory.CASE, tab, 0)),
					new Tab(AuditCategory.SECURITY, null, plain.to(AuditCategory.SECURITY, tab, 0))));
			return "audit/admin";
		}
		AuditLinks links = new AuditLinks(filter.caseKey(), filter.actor(), from, to, filter.action(), perPage);
		AuditPage found = this.search.find(filter.withCategory(tab), number, perPage);
		model.addAttribute("category", tab.name().toLowerCase(Locale.ROOT));
		model.addAttribute("groups", AuditActionGroup.of(tab));
		model.addAttribute("tabs", List.of(tab(AuditCategory.CASE, tab, filter, found, links),
				tab(AuditCategory.SECURITY, tab, filter, found, links)));
		model.addAttribute("found", found);
		model.addAttribute("entries", this.views.of(found.items()));
		model.addAttribute("filtered", filter.caseKey() != null || filter.actor() != null || filter.from() != null
				|| filter.to() != null || filter.action() != null);
		model.addAttribute("actorName",
				(filter.actor() != null) ? this.views.displayNames(Set.of(filter.actor())).get(filter.actor()) : null);
		model.addAttribute("reset", links.reset(tab));
		model.addAttribute("first", links.to(tab, tab, 0));
		model.addAttribute("previous", found.hasPrevious() ? links.to(tab, tab, number - 1) : null);
		model.addAttribute("next", found.hasNext() ? links.to(tab, tab, number + 1) : null);
		return "audit/admin";
	}

	/** A tab with as many entries as its link shows. */
	private Tab tab(AuditCategory category, AuditCategory current, AuditFilter filter, AuditPage found,
			AuditLinks links) {
		long count = (category == current) ? found.total()
				: this.search.count(filter.withAction(null).withCategory(category));
		return new Tab(category, count, links.to(category, current, 0));
	}

	private static <T> T orElse(T value, T otherwise) {
		return (value != null) ? value : otherwise;
	}

	/** The filters as typed, shown back in the form. */
	public record Form(String caseKey, String actor, String from, String to, String kind) {

	}

	/**
	 * One of the two tabs.
	 *
	 * @param count its entries with the filters, or null when the filters are unusable
	 */
	public record Tab(AuditCategory category, Long count, String link) {

		public String key() {
			return this.category.name().toLowerCase(Locale.ROOT);
		}

	}

}
