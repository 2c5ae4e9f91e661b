package cn.enforceflow.identity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.enforceflow.identity.CandidateGroups;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;

/**
 * Who a Keycloak user is, read from the claims of their token (ADR 0009). The
 * {@code groups} claim is the one source of roles and organisation: a group is named as
 * {@link CandidateGroups} names it ({@code YJJ.OFFICER}, {@code ENT.<credit code>},
 * {@code camunda-admin}), which is exactly what the engine reads through the Keycloak
 * plugin, so the roles the application grants and the tasks the engine offers always
 * agree. Groups of other systems are ignored. The name comes from {@code family_name} and
 * {@code given_name} (Chinese order), the certificate from the user attributes
 * {@code certificateNumber} and {@code certificateValidUntil}.
 */
record KeycloakIdentity(String username, String displayName, Set<Role> roles, Optional<DepartmentCode> department,
		Optional<CreditCode> enterprise, Optional<EnforcementCertificate> certificate, Optional<String> email) {

	static final String USERNAME = "preferred_username";

	static final String GROUPS = "groups";

	KeycloakIdentity {
		roles = Set.copyOf(roles);
	}

	/**
	 * @throws InvalidIdentityException when the token names no user, or groups of more
	 * than one department or enterprise
	 */
	static KeycloakIdentity of(Map<String, Object> claims) {
		String username = text(claims.get(USERNAME));
		if (username == null) {
			throw new InvalidIdentityException("the token has no " + USERNAME);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<DepartmentCode> departments = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
		Set<CreditCode> enterprises = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
		for (String group : groups(claims.get(GROUPS))) {
			// a group mapper with full paths writes /YJJ.OFFICER
			String name = group.startsWith("/") ? group.substring(1) : group;
			CandidateGroups.parse(name).ifPresent((membership) -> {
				roles.add(membership.role());
				membership.department().ifPresent(departments::add);
				membership.enterprise().ifPresent(enterprises::add);
			});
		}
		if (departments.size() > 1 || enterprises.size() > 1 || (!departments.isEmpty() && !enterprises.isEmpty())) {
			throw new InvalidIdentityException(
					username + " belongs to groups of more than one organisation: " + departments + " " + enterprises);
		}
		return new KeycloakIdentity(username, displayName(claims, username), roles, departments.stream().findFirst(),
				enterprises.stream().findFirst(), certificate(claims), Optional.ofNullable(text(claims.get("email"))));
	}

	/**
	 * 王建国, not "建国 王": Chinese names put the family name first, without a space; Latin
	 * ones keep the given name first.
	 */
	private static String displayName(Map<String, Object> claims, String username) {
		String family = Optional.ofNullable(text(claims.get("family_name"))).orElse("");
		String given = Optional.ofNullable(text(claims.get("given_name"))).orElse("");
		String name;
		if (family.isEmpty() || given.isEmpty()) {
			name = family + given;
		}
		else if (isLatin(family) && isLatin(given)) {
			name = given + " " + family;
		}
		else {
			name = family + given;
		}
		if (name.isBlank()) {
			name = Optional.ofNullable(text(claims.get("name"))).orElse(username);
		}
		return (name.codePointCount(0, name.length()) > 64) ? name.substring(0, name.offsetByCodePoints(0, 64)) : name;
	}

	private static Optional<EnforcementCertificate> certificate(Map<String, Object> claims) {
		String number = text(claims.get("certificateNumber"));
		String validUntil = text(claims.get("certificateValidUntil"));
		if (number == null || validUntil == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new EnforcementCertificate(number, LocalDate.parse(validUntil)));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidIdentityException("certificateValidUntil is not a date: " + validUntil);
		}
	}

	private static List<String> groups(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(KeycloakIdentity::text).filter((value) -> value != null).toList();
		}
		String single = text(claim);
		return (single != null) ? List.of(single) : List.of();
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	private static boolean isLatin(String text) {
		return text.codePoints().allMatch((c) -> c < 0x2E80);
	}

	/** A token that does not say clearly who its holder is. */
	static class InvalidIdentityException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		InvalidIdentityException(String message) {
			super(message);
		}

	}

}
