package cn.enforceflow.invitation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.enforceflow.calendar.WorkingCalendar;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.DataScope;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationSearch;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Organizations;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * A search of invitations as a query: what the person may see (the justice bureau all, an
 * enterprise its own, a department its own), narrowed by the search.
 */
@Component
class InvitationSearches {

	/** Enterprises matched by name, at most: a search by name is for finding one. */
	private static final int NAMED_ENTERPRISES = 200;

	private final Organizations organizations;

	InvitationSearches(Organizations organizations) {
		this.organizations = organizations;
	}

	/** Empty when the person may see no invitation at all. */
	java.util.Optional<Specification<InvitationEntity>> of(UserProfile user, InvitationSearch search) {
		Specification<InvitationEntity> scope;
		if (Authorization.overseesCases(user, false)) {
			scope = (root, query, cb) -> cb.conjunction();
		}
		else if (Authorization.scopesOf(user).contains(DataScope.OWN_ENTERPRISE) && user.enterprise().isPresent()) {
			String code = user.enterprise().get().creditCode().value();
			scope = (root, query, cb) -> cb.equal(root.get("enterpriseCreditCode"), code);
		}
		else if (Authorization.scopesOf(user).contains(DataScope.OWN_DEPARTMENT) && user.department().isPresent()) {
			String code = user.department().get().code().value();
			scope = (root, query, cb) -> cb.equal(root.get("departmentCode"), code);
		}
		else {
			return java.util.Optional.empty();
		}
		List<String> named = (search.text() != null)
				? this.organizations.enterprisesNamed(search.text(), NAMED_ENTERPRISES)
					.stream()
					.map(CreditCode::value)
					.toList()
				: List.of();
		Specification<InvitationEntity> filters = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (search.text() != null) {
				Predicate number = cb.like(cb.upper(root.get("trackingNumber")),
						"%" + escape(search.text().toUpperCase()) + "%", '\\');
				all.add(named.isEmpty() ? number : cb.or(number, root.get("enterpriseCreditCode").in(named)));
			}
			if (!search.statuses().isEmpty()) {
				all.add(root.get("status").in(search.statuses()));
			}
			if (search.from() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), startOf(search.from())));
			}
			if (search.to() != null) {
				all.add(cb.lessThan(root.get("submittedAt"), startOf(search.to().plusDays(1))));
			}
			if (search.mine()) {
				all.add(cb.or(cb.equal(root.get("decision").get("leadOfficer"), user.username()),
						cb.equal(root.get("decision").get("secondOfficer"), user.username())));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		return java.util.Optional.of(scope.and(filters));
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
