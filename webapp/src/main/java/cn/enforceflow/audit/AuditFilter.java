package cn.enforceflow.audit;

import java.time.LocalDate;

/**
 * What to look for in the trail. Every part is optional (null) and the parts combine.
 *
 * @param caseKey entries of this case (its business key), matched exactly
 * @param actor entries by this username, matched exactly
 * @param from entries recorded on this day or later, Beijing time
 * @param to entries recorded on this day or earlier, Beijing time
 * @param action entries with this action code
 * @param category entries of this category
 */
public record AuditFilter(String caseKey, String actor, LocalDate from, LocalDate to, String action,
		AuditCategory category) {

	public AuditFilter {
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
	}

	/** The whole trail. */
	public static AuditFilter everything() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	public AuditFilter withCase(String caseKey) {
		return new AuditFilter(caseKey, this.actor, this.from, this.to, this.action, this.category);
	}

	public AuditFilter withActor(String actor) {
		return new AuditFilter(this.caseKey, actor, this.from, this.to, this.action, this.category);
	}

	public AuditFilter withPeriod(LocalDate from, LocalDate to) {
		return new AuditFilter(this.caseKey, this.actor, from, to, this.action, this.category);
	}

	public AuditFilter withAction(String action) {
		return new AuditFilter(this.caseKey, this.actor, this.from, this.to, action, this.category);
	}

	public AuditFilter withCategory(AuditCategory category) {
		return new AuditFilter(this.caseKey, this.actor, this.from, this.to, this.action, category);
	}

}
