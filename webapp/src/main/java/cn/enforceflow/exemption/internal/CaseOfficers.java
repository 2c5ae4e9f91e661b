package cn.enforceflow.exemption.internal;

import java.time.LocalDate;
import java.util.Optional;

import cn.enforceflow.exemption.ExemptionView.Person;
import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * Two certified officers of the department on every case (行政处罚法 第四十二条): each an officer
 * of the department whose enforcement certificate is valid on the day.
 */
@Component
class CaseOfficers {

	private final Users users;

	CaseOfficers(Users users) {
		this.users = users;
	}

	UserProfile certified(String departmentCode, String username, LocalDate on) {
		UserProfile officer = this.users.profile(username)
			.filter((p) -> p.hasRole(Role.OFFICER))
			.filter((p) -> p.department().map((d) -> d.code().value().equals(departmentCode)).orElse(false))
			.orElseThrow(() -> new BusinessRuleException("exemption.officer.notOfficer", String.valueOf(username)));
		EnforcementCertificate certificate = officer.certificate()
			.orElseThrow(() -> new BusinessRuleException("exemption.officer.noCertificate", officer.displayName()));
		if (!certificate.isValidOn(on)) {
			throw new BusinessRuleException("exemption.officer.certificateExpired", officer.displayName(),
					certificate.validUntil(), on);
		}
		return officer;
	}

	Person person(String username) {
		Optional<UserProfile> profile = this.users.profile(username);
		return new Person(username, profile.map(UserProfile::displayName).orElse(username),
				profile.flatMap(UserProfile::certificate).map(EnforcementCertificate::number).orElse(null));
	}

	String nameOf(String username) {
		return (username != null) ? this.users.profile(username).map(UserProfile::displayName).orElse(username) : null;
	}

}
