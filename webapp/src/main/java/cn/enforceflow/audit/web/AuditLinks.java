package cn.enforceflow.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import cn.enforceflow.audit.AuditCategory;

/**
 * The audit page's own address for a view of it: the filters as typed, the tab, the page.
 * Defaults are left out, so that a bookmark reads as what it shows.
 *
 * @param kind the kind of entry, which belongs to one tab: the links to the other tab
 * leave it out
 */
record AuditLinks(String caseKey, String actor, String from, String to, String kind, int size) {

	static final String PATH = "/admin/audit";

	/** A page of a tab, with the filters. */
	String to(AuditCategory category, AuditCategory current, int page) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		param(query, "case", this.caseKey);
		param(query, "actor", this.actor);
		param(query, "from", this.from);
		param(query, "to", this.to);
		param(query, "kind", (category == current) ? this.kind : null);
		if (category == AuditCategory.SECURITY) {
			query.add("category=security");
		}
		if (this.size != AuditParameters.DEFAULT_SIZE) {
			query.add("size=" + this.size);
		}
		if (page > 0) {
			query.add("page=" + page);
		}
		return PATH + query;
	}

	/** The tab without filters. */
	String reset(AuditCategory category) {
		return new AuditLinks(null, null, null, null, null, this.size).to(category, category, 0);
	}

	private static void param(StringJoiner query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
		}
	}

}
